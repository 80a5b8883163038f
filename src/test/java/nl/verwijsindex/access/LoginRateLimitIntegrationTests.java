package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** Five failed logins within 15 minutes block the email address, or the client address, for a while. */
class LoginRateLimitIntegrationTests extends IntegrationTest {

    private static final Person TEACHER = TestRegion.TEACHER;
    private static final Person NURSE = TestRegion.NURSE;

    @Test
    void sixthLoginOfAccountIsBlocked() {
        failLogins(TEACHER.email(), 5);

        var sixth = logIn(TEACHER);
        var page = new WebSession(port).get("/login?blocked");

        assertThat(WebSession.location(sixth)).isEqualTo("/login?blocked");
        assertThat(page.body()).contains("Er is te vaak geprobeerd in te loggen. Wacht 15 minuten");
    }

    @Test
    void fifthFailureStillShowsWrongLogin() {
        failLogins(TEACHER.email(), 4);

        var fifth = new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", "123456");

        assertThat(WebSession.location(fifth)).isEqualTo("/login?error");
    }

    @Test
    void unknownEmailIsBlockedLikeAccount() {
        failLogins("nobody@school.test", 5);

        var sixth = new WebSession(port).logIn("nobody@school.test", TestAccounts.PASSWORD, "123456");

        assertThat(WebSession.location(sixth)).isEqualTo("/login?blocked");
    }

    @Test
    void sixthLoginFromAddressIsBlocked() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            failLogins("someone" + attempt + "@school.test", 1);
        }

        var sixth = logIn(NURSE);

        assertThat(WebSession.location(sixth)).isEqualTo("/login?blocked");
    }

    @Test
    void blockIsLiftedAfterFifteenMinutes() {
        var start = clock.instant();
        failLogins(TEACHER.email(), 5);

        clock.setInstant(start.plus(Duration.ofMinutes(15)).minusSeconds(1));
        var stillBlocked = logIn(TEACHER);
        clock.setInstant(start.plus(Duration.ofMinutes(15)));
        var lifted = logIn(TEACHER);

        assertThat(WebSession.location(stillBlocked)).isEqualTo("/login?blocked");
        assertThat(WebSession.location(lifted)).isEqualTo("/home");
    }

    @Test
    void successfulLoginForgetsAccountFailures() {
        failLogins(TEACHER.email(), 4);
        logIn(TEACHER);
        clock.setInstant(clock.instant().plusSeconds(30));

        var next = new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", "123456");

        assertThat(WebSession.location(next)).isEqualTo("/login?error");
    }

    private void failLogins(String email, int count) {
        for (int attempt = 0; attempt < count; attempt++) {
            var response = new WebSession(port).logIn(email, "not-the-right-password", "123456");
            assertThat(WebSession.location(response)).isEqualTo("/login?error");
        }
    }

    private java.net.http.HttpResponse<String> logIn(Person person) {
        var code = TestAccounts.totpCode(accounts.of(person).totpSecret(), clock.instant());
        return new WebSession(port).logIn(person.email(), TestAccounts.PASSWORD, code);
    }
}
