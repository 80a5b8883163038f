package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Checks the officers page of a municipality with axe-core against WCAG 2.1 level A and AA, in
 * both languages: the list after an invitation, with its message and buttons, and the invitation
 * form with errors.
 */
class OfficerPagesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "list after invitation as {0} in {1}")
    @CsvSource({"officer, nl", "officer, en", "administrator, nl", "administrator, en"})
    void listAfterInvitationHasNoViolations(String role, String language) {
        logIn(role.equals("officer") ? MUNICIPAL_OFFICER : FUNCTIONAL_ADMINISTRATOR);
        open((role.equals("officer") ? "/municipality/officers" : "/municipality/0363/officers") + "?lang=" + language);

        browser.findElement(By.id("invitee-name")).sendKeys("Sara Gemeente");
        browser.findElement(By.id("invitee-email")).sendKeys("sara." + role + "@amsterdam.test");
        // submit() rather than click(): the button can lie below the window, under the footer.
        browser.findElement(By.id("invite-submit")).submit();

        var outcome = browser.findElement(By.id("outcome")).getText();
        assertThat(outcome)
                .isEqualTo(
                        language.equals("nl")
                                ? "Sara Gemeente krijgt een uitnodiging per e-mail."
                                : "Sara Gemeente receives an invitation by email.");
        assertThat(browser.findElements(By.cssSelector("#officers tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertNoViolations("officers-" + role + "-" + language);
    }

    @ParameterizedTest(name = "form with errors in {0}")
    @ValueSource(strings = {"nl", "en"})
    void formWithErrorsHasNoViolations(String language) {
        logIn(MUNICIPAL_OFFICER);
        open("/municipality/0363/officers?lang=" + language);

        browser.findElement(By.id("invite-submit")).submit();

        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("invitee-name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertNoViolations("officers-errors-" + language);
    }

    private void assertNoViolations(String screenshot) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(screenshot);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(results.getPasses()).as("rules that axe-core checked").isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on %s: %s", screenshot, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
