package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invitation and profile pages in headless Chromium: accepting an invitation with the QR
 * secret read from the page, and axe-core on every page in Dutch and English, as each role.
 */
class InvitationAndProfileBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String EMAIL = "browser.beheer@school.test";

    @Autowired
    Invitations invitations;

    @Test
    void invitedPersonEnrolsAndLogsIn() throws Exception {
        open(invite("nl") + "?lang=nl");
        var secret = browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
        browser.findElement(By.id("password")).sendKeys(InvitationPages.PASSWORD);
        browser.findElement(By.id("password-repeat")).sendKeys(InvitationPages.PASSWORD);
        browser.findElement(By.id("code")).sendKeys(TestAccounts.totpCode(secret, clock.instant()));
        pressAndWait(By.id("accept-submit"));
        var codes = browser.findElements(By.cssSelector("#recovery-codes code"));
        var heading = browser.findElement(By.tagName("h1")).getText();
        clock.setInstant(clock.instant().plusSeconds(30));
        pressAndWait(By.id("login-link"));
        browser.findElement(By.id("email")).sendKeys(EMAIL);
        browser.findElement(By.id("password")).sendKeys(InvitationPages.PASSWORD);
        browser.findElement(By.id("one-time-code")).sendKeys(TestAccounts.totpCode(secret, clock.instant()));
        pressAndWait(By.id("login-submit"));

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(heading).isEqualTo("Uw account is klaar");
        assertThat(codes).hasSize(10);
        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(browser.findElement(By.id("account-name")).getText()).isEqualTo("Bea Browser");
    }

    @ParameterizedTest(name = "invitation pages in {0}")
    @ValueSource(strings = {"nl", "en"})
    void invitationPagesHaveNoViolations(String language) throws Exception {
        var path = invite(language);

        open(path + "?lang=" + language);
        assertNoViolations("invitation-" + language);
        var secret = browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
        pressAndWait(By.id("accept-submit"));
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertNoViolations("invitation-errors-" + language);
        browser.findElement(By.id("password")).sendKeys(InvitationPages.PASSWORD);
        browser.findElement(By.id("password-repeat")).sendKeys(InvitationPages.PASSWORD);
        browser.findElement(By.id("code")).sendKeys(TestAccounts.totpCode(secret, clock.instant()));
        pressAndWait(By.id("accept-submit"));
        assertNoViolations("invitation-accepted-" + language);
        open(path);
        assertNoViolations("invitation-invalid-" + language);
    }

    @ParameterizedTest(name = "profile pages of {0} in {1}")
    @CsvSource({
        "professional,               nl",
        "professional,               en",
        "organisation-administrator, nl",
        "organisation-administrator, en",
        "municipal-officer,          nl",
        "municipal-officer,          en",
        "functional-administrator,   nl",
        "functional-administrator,   en",
    })
    void profilePagesHaveNoViolations(String role, String language) {
        switch (role) {
            case "professional" -> logIn(TestRegion.TEACHER);
            case "organisation-administrator" -> logIn(TestRegion.SCHOOL_ADMINISTRATOR);
            case "municipal-officer" -> logIn(TestRegion.MUNICIPAL_OFFICER);
            default -> logIn(TestRegion.FUNCTIONAL_ADMINISTRATOR);
        }

        for (var page : List.of("/profile", "/profile/password", "/profile/authenticator", "/profile/recovery-codes")) {
            open(page + "?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language);
            assertNoViolations(role + page.replace('/', '-') + "-" + language);
        }
        open("/profile/password");
        pressAndWait(By.id("password-submit"));
        assertNoViolations(role + "-profile-password-errors-" + language);
        if (role.equals("professional")) {
            open("/profile");
            browser.findElement(By.id("phone")).clear();
            browser.findElement(By.id("phone")).sendKeys("12345");
            pressAndWait(By.id("phone-submit"));
            assertThat(browser.findElement(By.id("phone-error")).isDisplayed()).isTrue();
            assertNoViolations(role + "-profile-phone-error-" + language);
        }
    }

    /** Invites the browser test's account in the language and returns the path of its link. */
    private String invite(String language) throws Exception {
        invitations.invite(
                NewAccount.organisationAdministrator(
                        EMAIL, "Bea Browser", Locale.forLanguageTag(language), TestRegion.SCHOOL.id()),
                null);
        return InvitationMails.path(InvitationMails.receiveOne(smtp));
    }

    private void assertNoViolations(String page) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(page);

        assertThat(results.getPasses())
                .as("rules that axe-core checked on %s", page)
                .isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on %s: %s", page, describe(results.getViolations()))
                .isEmpty();
    }

    /**
     * Activates the button or link with Enter and waits until the next page has loaded. Headless
     * Chromium reported mouse clicks near the bottom of the window as intercepted by another element.
     */
    private void pressAndWait(By element) {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
        browser.findElement(element).sendKeys(Keys.ENTER);
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
