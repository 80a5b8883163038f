package nl.verwijsindex.population;

import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BrpStub.Scripted;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.BrpIntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Registration through the API and the web form while the BRP Personen API responds, fails or is down. */
class RegistrationWithBrpIntegrationTests extends BrpIntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;
    long before;

    @BeforeEach
    void markChain() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        before = chain.lastSequence();
    }

    @Test
    void registersChildFoundInRegister() {
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(response.status()).isEqualTo(201);
        assertThat(signalCount()).isEqualTo(1);
        var query = brp.received("/personen").get(0).json();
        assertThat(query.path("burgerservicenummer").get(0).stringValue()).isEqualTo(CHILD);
    }

    @Test
    void rejectsDeceasedChild() {
        var response = api.register(SCHOOL.apiToken(), "999970422", TEACHER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(signalCount()).isZero();
    }

    @Test
    void answers503WhenRegisterDown() {
        brp.down();
        TestApi.Response response;
        try {
            response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        } finally {
            brp.up();
        }

        assertUnavailable(response, "30");
        assertThat(signalCount()).isZero();
        assertThat(chain.after(before)).containsExactly(failedEntry(before + 1));
    }

    @Test
    void answers503WhenRegisterSlow() {
        brp.enqueue(Scripted.slow(Duration.ofSeconds(3)));
        brp.enqueue(Scripted.slow(Duration.ofSeconds(3)));

        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertUnavailable(response, "30");
        assertThat(brp.personenRequests()).isEqualTo(2);
        assertThat(signalCount()).isZero();
        assertThat(chain.after(before)).containsExactly(failedEntry(before + 1));
    }

    @Test
    void passesRegistersRetryAfterOn() {
        var unavailable = Scripted.problem(503, "Bronservice BRP is tijdelijk niet beschikbaar.", "notAvailable")
                .withHeader("Retry-After", "7");
        brp.enqueue(unavailable);
        brp.enqueue(unavailable);

        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertUnavailable(response, "7");
        assertThat(response.body().path("detail").asString())
                .isEqualTo("The population register cannot be reached, so nothing was stored or changed; try again"
                        + " in 7 seconds");
        assertThat(brp.personenRequests()).isEqualTo(2);
        assertThat(signalCount()).isZero();
    }

    @Test
    void answers500WhenRegisterRejectsCredentials() {
        brp.enqueue(Scripted.problem(401, "Niet correct geauthenticeerd.", "authentication"));

        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).doesNotContain(CHILD);
        assertThat(brp.personenRequests()).isEqualTo(1);
        assertThat(signalCount()).isZero();
        assertThat(chain.after(before)).containsExactly(failedEntry(before + 1));
    }

    @Test
    void webFormKeepsInputWhenRegisterDown() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        brp.down();
        java.net.http.HttpResponse<String> response;
        try {
            response = session.post("/signals/new", Map.of("bsn", CHILD, "ownReference", "dossier-17", "endDate", ""));
        } finally {
            brp.up();
        }

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(response.body())
                .contains("De Basisregistratie Personen is nu niet bereikbaar. Er is niets opgeslagen.")
                .contains("value=\"" + CHILD + "\"")
                .contains("value=\"dossier-17\"");
        assertThat(signalCount()).isZero();
    }

    private static void assertUnavailable(TestApi.Response response, String retryAfter) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo(retryAfter);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body().path("title").asString()).isEqualTo("Population register unavailable");
        assertThat(response.body().path("status").asInt()).isEqualTo(503);
        assertThat(response.text()).doesNotContain(CHILD);
    }

    private int signalCount() {
        return jdbc.sql("select count(*) from signals").query(Integer.class).single();
    }

    private AuditChain.Row failedEntry(long sequence) {
        UUID client = jdbc.sql("select id from api_clients where organisation_id = ?")
                .param(SCHOOL.id())
                .query(UUID.class)
                .single();
        return new AuditChain.Row(
                sequence,
                NOW,
                "write",
                "failed",
                "api-client",
                client.toString(),
                "api-client",
                SCHOOL.id(),
                null,
                TEACHER.id(),
                "127.0.0.1",
                null,
                null,
                HexFormat.of()
                        .formatHex(pseudonymisation.pseudonymise(Bsn.of(CHILD)).value()),
                1,
                "register-signal");
    }
}
