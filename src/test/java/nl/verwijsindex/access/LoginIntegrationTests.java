package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** Login with email address, password and TOTP or recovery code, over HTTP against the running index. */
class LoginIntegrationTests extends IntegrationTest {

    private static final Person TEACHER = TestRegion.TEACHER;
    private static final String WRONG_LOGIN = "/login?error";

    @Test
    void loginWithPasswordAndCodeOpensHome() {
        var session = new WebSession(port);

        var login = session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));
        var home = session.get("/home");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(login)).isEqualTo("/home");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<dd class=\"utrecht-data-list__item-value\" id=\"account-name\">Anna de Vries</dd>");
        assertThat(home.body()).contains("id=\"account-role\">Beroepskracht</dd>");
        assertThat(home.body()).contains("id=\"account-scope\">Basisschool De Regenboog</dd>");
    }

    @Test
    void loginAppliesSavedEnglish() {
        var session = new WebSession(port).acceptLanguage("nl-NL,nl;q=0.9");
        session.get("/login?lang=nl");

        var login = session.logIn(TestRegion.COACH.email(), TestAccounts.PASSWORD, currentCode(TestRegion.COACH));
        var home = session.get("/home");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("verwijsindex-language=en;"));
        assertThat(home.body()).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(home.body()).contains("id=\"account-role\">Professional</dd>");
    }

    @Test
    void loginAppliesSavedDutch() {
        var session = new WebSession(port).acceptLanguage("en-GB,en;q=0.9");
        session.get("/login?lang=en");

        var login = session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));
        var home = session.get("/home");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("verwijsindex-language=nl;"));
        assertThat(home.body()).containsPattern("<html[^>]* lang=\"nl\"");
        assertThat(home.body()).contains("id=\"account-role\">Beroepskracht</dd>");
    }

    @Test
    void emailAddressIgnoresCase() {
        var login =
                new WebSession(port).logIn(TEACHER.email().toUpperCase(), TestAccounts.PASSWORD, currentCode(TEACHER));

        assertThat(WebSession.location(login)).isEqualTo("/home");
    }

    @Test
    void wrongPasswordFails() {
        var login = new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", currentCode(TEACHER));

        assertFailed(login);
    }

    @Test
    void wrongCodeFails() {
        var code = currentCode(TEACHER);
        var wrongCode = code.equals("000000") ? "000001" : "000000";

        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, wrongCode);

        assertFailed(login);
    }

    @Test
    void missingCodeFails() {
        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, "");

        assertFailed(login);
    }

    @Test
    void unknownEmailFails() {
        var login = new WebSession(port).logIn("nobody@school.test", TestAccounts.PASSWORD, currentCode(TEACHER));

        assertFailed(login);
    }

    @Test
    void codeWorksOnlyOnce() {
        var code = currentCode(TEACHER);
        new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, code);

        var second = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, code);

        assertFailed(second);
    }

    @Test
    void codeOfPreviousStepIsAccepted() {
        var previous = TestAccounts.totpCode(
                accounts.of(TEACHER).totpSecret(), clock.instant().minusSeconds(30));

        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, previous);

        assertThat(WebSession.location(login)).isEqualTo("/home");
    }

    @Test
    void codeTwoStepsOldFails() {
        var old = TestAccounts.totpCode(
                accounts.of(TEACHER).totpSecret(), clock.instant().minusSeconds(60));

        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, old);

        assertFailed(login);
    }

    @Test
    void recoveryCodeWorksOnce() {
        var recoveryCode = accounts.of(TEACHER).recoveryCodes().get(0);

        var first = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, recoveryCode.toUpperCase());
        var second = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, recoveryCode);

        assertThat(WebSession.location(first)).isEqualTo("/home");
        assertFailed(second);
    }

    @Test
    void recoveryCodeOfAnotherAccountFails() {
        var otherCode = accounts.of(TestRegion.HEADTEACHER).recoveryCodes().get(0);

        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, otherCode);

        assertFailed(login);
    }

    @Test
    void failedLoginPageShowsOneMessage() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), "not-the-right-password", currentCode(TEACHER));

        var page = session.get(WRONG_LOGIN);

        assertThat(page.body()).contains("Inloggen is niet gelukt. Controleer uw e-mailadres, wachtwoord en code");
    }

    @Test
    void loginChangesSessionId() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));
        var first = session.sessionId();
        clock.setInstant(clock.instant().plusSeconds(30));

        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        assertThat(first).isNotNull();
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(first);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("; HttpOnly"))
                .satisfies(cookie -> assertThat(cookie).contains("; SameSite=Lax"))
                .satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void homeNeedsLogin() {
        var home = new WebSession(port).get("/home");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(home)).isEqualTo("/login");
    }

    @Test
    void homeHasSecurityHeaders() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        var home = session.get("/home");

        assertThat(home.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(home.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(home.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(home.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(home.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void logoutEndsSession() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));
        session.get("/home");

        var logout = session.logOut();
        var home = session.get("/home");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(logout)).isEqualTo("/login?logout");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(sessionRows()).isZero();
    }

    @Test
    void logoutWithoutCsrfTokenIsRejected() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        var logout = new WebSession(port).post("/logout", java.util.Map.of());

        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(session.get("/home").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionEndsAfterIdleTimeout() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        clock.setInstant(clock.instant().plus(Duration.ofMinutes(15)));
        var withinTimeout = session.get("/home");
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
        var afterTimeout = session.get("/home");

        assertThat(withinTimeout.statusCode()).isEqualTo(200);
        assertThat(afterTimeout.statusCode()).isEqualTo(302);
    }

    @Test
    void sessionEndsAfterEightHours() {
        var session = new WebSession(port);
        var loggedInAt = clock.instant();
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        for (int minutes = 10; minutes <= 8 * 60; minutes += 10) {
            clock.setInstant(loggedInAt.plus(Duration.ofMinutes(minutes)));
            assertThat(session.get("/home").statusCode())
                    .as("home after %d minutes", minutes)
                    .isEqualTo(200);
        }
        clock.setInstant(loggedInAt.plus(Duration.ofHours(8)).plusSeconds(1));
        var afterLimit = session.get("/home");

        assertThat(afterLimit.statusCode()).isEqualTo(302);
    }

    @Test
    void deactivationEndsOpenSession() {
        var session = new WebSession(port);
        session.logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));
        var accountId = accounts.of(TEACHER).accountId();
        assertThat(session.get("/home").statusCode()).isEqualTo(200);

        accountsService.deactivate(accountId);
        var home = session.get("/home");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(sessionRows()).isZero();
    }

    @Test
    void deactivatedAccountCannotLogIn() {
        accountsService.deactivate(accounts.of(TEACHER).accountId());

        var login = new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, currentCode(TEACHER));

        assertFailed(login);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private Accounts accountsService;

    private String currentCode(Person person) {
        return TestAccounts.totpCode(accounts.of(person).totpSecret(), clock.instant());
    }

    private int sessionRows() {
        return jdbc.sql("select count(*) from spring_session")
                .query(Integer.class)
                .single();
    }

    private static void assertFailed(HttpResponse<String> login) {
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(login)).isEqualTo(WRONG_LOGIN);
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }
}
