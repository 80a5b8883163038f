package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The functional administrator adds a region, sees the error for an empty name, and places a
 * municipality in the region, in headless Chromium. axe-core checks each page, in Dutch and in
 * English.
 */
class RegionBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void administratorAddsRegionAndPlacesMunicipality(String language) {
        logIn(FUNCTIONAL_ADMINISTRATOR);

        open("/administration/regions?lang=" + language);
        check("empty-" + language);
        submitName("");
        check("invalid-name-" + language);
        submitName("Zaanstreek");
        check("added-" + language);
        new Select(browser.findElement(By.id("placement-municipality"))).selectByValue("0479");
        new Select(browser.findElement(By.id("placement-region"))).selectByVisibleText("Zaanstreek");
        browser.findElement(By.id("place-municipality-submit")).submit();
        awaitOutcome();
        check("placed-" + language);

        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#regions tbody tr td")).getText())
                .isEqualTo("Zaanstad");
        assertThat(jdbc.sql("select r.name from municipalities m join regions r on r.id = m.region_id"
                                + " where m.code = '0479'")
                        .query(String.class)
                        .single())
                .isEqualTo("Zaanstreek");
    }

    private void submitName(String name) {
        var field = browser.findElement(By.id("region-name"));
        field.clear();
        field.sendKeys(name);
        browser.findElement(By.id("add-region-submit")).submit();
        if (name.isEmpty()) {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver ->
                            !driver.findElements(By.id("error-summary")).isEmpty());
        } else {
            awaitOutcome();
        }
    }

    private void awaitOutcome() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id("outcome")).isEmpty());
    }

    /** Runs axe-core on the page and collects its violations under the page's name. */
    private void check(String page) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("regions-" + page);
        if (!results.getViolations().isEmpty()) {
            violations.add(page + ": " + describe(results.getViolations()));
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
