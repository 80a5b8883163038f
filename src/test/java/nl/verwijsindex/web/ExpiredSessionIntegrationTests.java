package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** Form submits whose session ended: back to the login form, with a notice, and nothing stored. */
class ExpiredSessionIntegrationTests extends IntegrationTest {

    private static final String CHILD = "999970033";

    @Test
    void idleSessionPostRedirectsToLogin() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(16)));

        var response = session.post("/signals/new", Map.of("bsn", CHILD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login?expired");
        assertThat(signalCount()).isZero();
    }

    @Test
    void loginPageShowsExpiredNotice() {
        var session = new WebSession(port);

        var dutch = session.get("/login?expired").body();
        var english = session.get("/login?expired&lang=en").body();

        assertThat(dutch)
                .contains("Uw sessie is verlopen. Log opnieuw in. Wat u net hebt verstuurd, is niet opgeslagen.");
        assertThat(english).contains("Your session has expired. Log in again. What you just sent has not been saved.");
    }

    @Test
    void staleTokenAfterIdleRedirectsToLogin() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(16)));

        var response = session.postWithCsrfToken("/signals/new", Map.of("bsn", CHILD), "token-of-the-lost-session");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login?expired");
        assertThat(signalCount()).isZero();
    }

    @Test
    void postWithoutSessionRedirectsToLogin() {
        var session = new WebSession(port);
        session.get("/login");

        var response = session.post("/signals/new", Map.of("bsn", CHILD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login?expired");
    }

    @Test
    void idleSessionGetRedirectsToLogin() {
        var session = loggedIn(TEACHER);
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(16)));

        var response = session.get("/signals/new");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login");
    }

    @Test
    void sessionWithinIdleTimeoutStillPosts() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(14)));

        var response = session.post("/signals/new", Map.of("bsn", CHILD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).startsWith("/signals/");
        assertThat(signalCount()).isEqualTo(1);
    }

    @Test
    void liveSessionWithWrongCsrfTokenGets403() throws Exception {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.postWithCsrfToken("/signals/new", Map.of("bsn", CHILD), "wrong-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(">Geen toegang</h1>");
        assertThat(signalCount()).isZero();
    }

    @Test
    void apiWithoutTokenKeeps401() {
        var response = new nl.verwijsindex.testing.TestApi(port).postRaw("", "/api/v1/signals", "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private long signalCount() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }
}
