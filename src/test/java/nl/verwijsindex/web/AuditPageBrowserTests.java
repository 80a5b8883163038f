package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** The functional administrator's audit page in headless Chromium, checked by axe-core in both languages. */
class AuditPageBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void auditPageHasNoViolations(String language) {
        new TestApi(port).register(TEACHER.organisation().apiToken(), "999970033", TEACHER.id());
        logIn(FUNCTIONAL_ADMINISTRATOR);

        open("/administration/audit?lang=" + language);

        assertThat(browser.findElement(By.id("verification")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("latest-entries")).isDisplayed()).isTrue();
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("audit-" + language);
        assertThat(results.getPasses()).as("rules that axe-core checked").isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations: %s", describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
