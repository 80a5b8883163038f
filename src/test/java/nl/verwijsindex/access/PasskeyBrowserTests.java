package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Adds passkeys on the profile and logs in with them in Chromium, with a virtual authenticator
 * that keeps discoverable credentials and verifies its user, as a platform authenticator with a
 * fingerprint reader does. The pages are opened at {@code http://localhost}, the origin that the
 * tests allow, because WebAuthn rejects IP addresses as relying party ids.
 */
class PasskeyBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    private Accounts accountManagement;

    @Autowired
    private ApplicationContext context;

    private VirtualAuthenticator authenticator;

    @BeforeEach
    void addAuthenticator() {
        authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @AfterEach
    void removeAuthenticator() {
        browser.removeVirtualAuthenticator(authenticator);
    }

    @Test
    void passkeyLogsInAsSameAccount() {
        logInWithPassword(TestRegion.TEACHER);
        addPasskey("Laptop op school");

        assertThat(browser.getCurrentUrl()).endsWith("/profile/passkeys?added");
        assertThat(text("outcome")).isEqualTo("De passkey is toegevoegd.");
        assertThat(browser.findElements(By.cssSelector("#passkeys tbody tr"))).hasSize(1);
        assertThat(cell(1, "th")).isEqualTo("Laptop op school");
        assertThat(cell(1, "td:nth-of-type(1)")).isEqualTo("4 december 2026, 12:00");
        assertThat(cell(1, "td:nth-of-type(2)")).isEqualTo("Nog niet gebruikt");
        assertThat(authenticator.getCredentials()).hasSize(1);

        logOut();
        clock.setInstant(clock.instant().plusSeconds(3600));
        openLocal("/login");
        var sessionBeforeLogin = startSessionWithLoginOptions();
        click("passkey-login-button");
        waitForUrlEnding("/home");

        assertThat(browser.manage().getCookieNamed("SESSION").getValue()).isNotEqualTo(sessionBeforeLogin);

        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(text("account-name")).isEqualTo(TestRegion.TEACHER.name());
        assertThat(text("account-role")).isEqualTo("Beroepskracht");
        assertThat(text("account-scope")).isEqualTo(TestRegion.SCHOOL.name());
        assertThat(browser.findElements(By.id("professional-links"))).hasSize(1);
        var lastLogin = jdbc.sql("select last_login_at from user_credentials")
                .query(Timestamp.class)
                .single();
        assertThat(lastLogin.toInstant()).isEqualTo(clock.instant());

        openLocal("/profile/passkeys");
        assertThat(cell(1, "td:nth-of-type(2)")).isEqualTo("4 december 2026, 13:00");
    }

    @Test
    void passkeyLoginAppliesSavedLanguage() {
        logInWithPassword(TestRegion.COACH);
        addPasskey("Laptop");
        logOut();
        openLocal("/login?lang=nl");

        click("passkey-login-button");
        waitForUrlEnding("/home");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("account-role")).isEqualTo("Professional");
    }

    @Test
    void passkeySessionEndsAfterIdleTimeout() {
        logInWithPassword(TestRegion.NURSE);
        addPasskey("Telefoon");
        logOut();
        logInWithPasskey();

        clock.setInstant(clock.instant().plus(Duration.ofMinutes(16)));
        openLocal("/home");

        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void removedPasskeyNoLongerLogsIn() {
        logInWithPassword(TestRegion.CARER);
        addPasskey("Sleutel");

        browser.findElement(By.id("remove-password")).sendKeys(TestAccounts.PASSWORD);
        click("remove-submit");
        waitForUrlEnding("/profile/passkeys?removed");
        assertThat(text("outcome")).isEqualTo("De passkey is verwijderd.");
        assertThat(text("no-passkeys")).isEqualTo("U hebt nog geen passkeys.");

        logOut();
        clickPasskeyLogin();
        waitForUrlEnding("/login?error");

        assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();
        assertThat(failedLogins("address")).isEqualTo(1);
        assertThat(failedLogins("account")).isZero();
    }

    @Test
    void deactivatedAccountCannotLogInWithPasskey() {
        logInWithPassword(TestRegion.OFFICER);
        addPasskey("Werkplek");
        logOut();
        var accountId =
                accountManagement.findByEmail(TestRegion.OFFICER.email()).orElseThrow();
        accountManagement.deactivate(accountId);

        clickPasskeyLogin();
        waitForUrlEnding("/login?error");

        assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();
        assertThat(failedLogins("address")).isEqualTo(1);
        assertThat(failedLogins("account")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(accountId.toString())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void cancelledPasskeyLoginShowsMessage() {
        authenticator.setUserVerified(false);
        openLocal("/login");

        click("passkey-login-button");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver ->
                        driver.findElement(By.id("passkey-login-error")).isDisplayed());

        assertThat(text("passkey-login-error"))
                .isEqualTo(
                        "Inloggen met een passkey is niet gelukt. Probeer het opnieuw of log in met uw wachtwoord en code.");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @ParameterizedTest(name = "login page with passkey button in {0}")
    @ValueSource(strings = {"nl", "en"})
    void loginPageHasNoViolations(String language) {
        openLocal("/login?lang=" + language);

        assertThat(browser.findElement(By.id("passkey-login-button")).isDisplayed())
                .isTrue();
        assertNoViolations("login-passkey-" + language, language);
    }

    @ParameterizedTest(name = "passkey pages in {0}")
    @ValueSource(strings = {"nl", "en"})
    void passkeyPagesHaveNoViolations(String language) {
        logInWithPassword(TestRegion.HEADTEACHER);
        openLocal("/profile/passkeys?lang=" + language);
        assertNoViolations("passkeys-empty-" + language, language);

        click("add-submit");
        waitForElement("add-error-summary");
        assertNoViolations("passkeys-errors-" + language, language);

        browser.findElement(By.id("label")).sendKeys("Laptop");
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        click("add-submit");
        waitForElement("passkey-create-button");
        assertThat(browser.findElement(By.id("passkey-create-button")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("passkey-needs-script")).isDisplayed())
                .isFalse();
        assertNoViolations("passkey-create-" + language, language);

        click("passkey-create-button");
        waitForUrlEnding("/profile/passkeys?added");
        assertNoViolations("passkeys-list-" + language, language);
    }

    @Test
    void passkeyLoginIsAudited() {
        logInWithPassword(TestRegion.TEACHER);
        addPasskey("Laptop op school");
        logOut();
        clock.setInstant(clock.instant().plusSeconds(3600));
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        logInWithPasskey();

        var teacher = accounts.of(TestRegion.TEACHER).accountId().toString();
        assertThat(chain.after(before))
                .containsExactly(new AuditChain.Row(
                        before + 1,
                        clock.instant(),
                        "login",
                        "success",
                        "account",
                        teacher,
                        "professional",
                        TestRegion.SCHOOL.id(),
                        null,
                        null,
                        "127.0.0.1",
                        "account",
                        teacher,
                        null,
                        null,
                        "passkey-login"));
    }

    private void openLocal(String pathAndQuery) {
        browser.get("http://localhost:" + port + pathAndQuery);
    }

    /** Logs in through the login form at {@code localhost}, where the passkey origin is. */
    private void logInWithPassword(Person person) {
        var code = TestAccounts.totpCode(accounts.of(person).totpSecret(), clock.instant());
        openLocal("/login");
        browser.findElement(By.id("email")).sendKeys(person.email());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("one-time-code")).sendKeys(code);
        click("login-submit");
        waitForUrlEnding("/home");
    }

    private void addPasskey(String label) {
        openLocal("/profile/passkeys");
        browser.findElement(By.id("label")).sendKeys(label);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        click("add-submit");
        waitForElement("passkey-create-button");
        click("passkey-create-button");
        waitForUrlEnding("/profile/passkeys?added");
    }

    private void logOut() {
        openLocal("/home");
        click("logout");
        waitForUrlEnding("/login?logout");
    }

    private void clickPasskeyLogin() {
        openLocal("/login");
        click("passkey-login-button");
    }

    /** Requests login options as the script does, which starts a session; returns its cookie value. */
    private String startSessionWithLoginOptions() {
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const section = document.getElementById('passkey-login');"
                + "fetch(section.dataset.optionsUrl, {method: 'POST',"
                + " headers: {[section.dataset.csrfHeader]: section.dataset.csrfToken}}).then(() => done());");
        return browser.manage().getCookieNamed("SESSION").getValue();
    }

    private void logInWithPasskey() {
        clickPasskeyLogin();
        waitForUrlEnding("/home");
    }

    private void waitForUrlEnding(String pathAndQuery) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith(pathAndQuery));
    }

    /** Clicks the element after scrolling it to the middle, so that the page footer cannot cover it. */
    private void click(String id) {
        var element = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void waitForElement(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id(id)).isEmpty());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private String cell(int row, String selector) {
        return browser.findElement(By.cssSelector("#passkeys tbody tr:nth-of-type(" + row + ") " + selector))
                .getText()
                .strip();
    }

    private int failedLogins(String kind) {
        return jdbc.sql("select count(*) from login_failures where kind = ?")
                .param(kind)
                .query(Integer.class)
                .single();
    }

    private void assertNoViolations(String screenshot, String language) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(screenshot);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
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
