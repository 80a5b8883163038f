package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list of matches without contact in headless Chromium, checked by axe-core in both languages,
 * with one listed match of members from two municipalities and a proposed coordinator.
 */
class MatchOversightBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    CoordinationService coordination;

    @Autowired
    Pseudonymisation pseudonymisation;

    @ParameterizedTest(name = "list of matches without contact in {0}")
    @ValueSource(strings = {"nl", "en"})
    void listHasNoViolations(String language) {
        new ChildResidenceRows(jdbc, pseudonymisation, clock).livesIn(CHILD, "0363");
        var matches = new Matches(port);
        matches.register(NURSE, CHILD);
        matches.register(OTHER_TOWN_TEACHER, CHILD);
        var match = matches.onlyMatchOf(NURSE);
        coordination.propose(accountOf(NURSE), match, NURSE.id());
        clock.setDate(DEFAULT_TODAY.plusDays(20));

        logIn(MUNICIPAL_OFFICER);
        open("/municipality/0363?lang=" + language);
        browser.findElement(By.id("matches-link")).click();
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("oversight-" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.getCurrentUrl()).endsWith("/municipality/0363/matches");
        assertThat(browser.findElements(By.id("match-" + match))).hasSize(1);
        assertThat(browser.findElement(By.id("oversight-count")).getText())
                .isEqualTo(
                        language.equals("nl") ? "Er is 1 match zonder contact." : "There is 1 match without contact.");
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(describe(results.getViolations())).isEmpty();
        assertThat(CARER.name()).isNotIn(browser.getPageSource());
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + ")")
                .collect(Collectors.joining(", "));
    }
}
