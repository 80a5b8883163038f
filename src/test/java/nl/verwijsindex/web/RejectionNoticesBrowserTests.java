package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED_WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks with axe-core, against WCAG 2.1 level A and AA, the refused matches page of a suspended
 * organisation's professional and the rejected invitee address, in both languages.
 */
class RejectionNoticesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void refusedMatchesPageHasNoViolations(String language) {
        logIn(SUSPENDED_WORKER);

        open("/matches?lang=" + language);

        assertThat(browser.findElement(By.id("refusal")).getText()).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("section.match"))).isEmpty();
        assertNoViolations("matches-refused", language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void rejectedInviteeAddressHasNoViolations(String language) {
        logIn(MUNICIPAL_OFFICER);
        open("/municipality/0363/organisations/new?lang=" + language);
        browser.findElement(By.id("name")).sendKeys("Stichting Punt");
        new Select(browser.findElement(By.id("kind"))).selectByValue("youth-care");
        browser.findElement(By.id("invitee-name")).sendKeys("Rosa Beheer");
        browser.findElement(By.id("invitee-email")).sendKeys("rosa@nieuwbegin.test.");

        submit(By.id("connect-submit"));

        assertThat(browser.findElement(By.id("invitee-email-error")).getText()).contains("rosa@nieuwbegin.test.");
        assertNoViolations("invitee-email-rejected", language);
    }

    private void assertNoViolations(String page, String language) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("rejection-notices-" + page + "-" + language);

        assertThat(results.getPasses())
                .as("rules that axe-core checked on %s", page)
                .isNotEmpty();
        assertThat(describe(results.getViolations()))
                .as("violations on %s", page)
                .isEmpty();
    }

    /** Activates the button with Enter and waits until the browser has loaded the next page. */
    private void submit(By button) {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
        browser.findElement(button).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.previousPage === undefined")));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
