package nl.verwijsindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A professional logs in with password and TOTP code in a real browser and gets the home page. */
class LoginBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void professionalLogsInAndSeesHome() {
        logIn(TestRegion.CARER);

        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(browser.findElement(By.id("account-name")).getText()).isEqualTo("Eva Visser");
        assertThat(browser.findElement(By.id("account-role")).getText()).isEqualTo("Beroepskracht");
        assertThat(browser.findElement(By.id("account-scope")).getText()).isEqualTo("Jeugdhulp Zuid");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    @Test
    void homeHasNoViolationsInDutchAndEnglish() {
        logIn(TestRegion.CARER);

        for (var language : List.of("nl", "en")) {
            open("/home?lang=" + language);
            var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            saveScreenshot("home-" + language);

            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            assertThat(results.getPasses()).as("rules that axe-core checked").isNotEmpty();
            assertThat(results.getViolations())
                    .as("WCAG 2.1 AA violations on the home page in %s: %s", language, describe(results))
                    .isEmpty();
        }
    }

    @Test
    void logoutReturnsToLoginForm() {
        logIn(TestRegion.CARER);

        browser.findElement(By.id("logout")).click();
        // The click returns once the form is sent, which can be before the browser follows the redirect.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/login?logout"));

        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
        assertThat(browser.findElement(By.id("logged-out")).getText()).isEqualTo("U bent uitgelogd.");
    }

    private static String describe(com.deque.html.axecore.results.Results results) {
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
