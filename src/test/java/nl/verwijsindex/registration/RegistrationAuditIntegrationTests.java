package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries that registering a signal through the API and the web form writes. */
class RegistrationAuditIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";
    /** Deceased, so registration is rejected. */
    private static final String DECEASED = "999970422";

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
    void apiRegistrationIsWriteOnBehalfOfProfessional() {
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(response.status()).isEqualTo(201);
        var signal = response.body().path("id").asString();
        assertThat(chain.after(before))
                .containsExactly(apiEntry(before + 1, "write", "success", signal, pseudonym(CHILD)));
    }

    @Test
    void apiRegistrationAgainIsRead() {
        var signal = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id())
                .body()
                .path("id")
                .asString();
        var afterFirst = chain.lastSequence();

        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(chain.after(afterFirst))
                .containsExactly(apiEntry(afterFirst + 1, "read", "success", signal, pseudonym(CHILD)));
    }

    @Test
    void rejectedRegistrationNamesChildWithoutObject() {
        var response = api.register(SCHOOL.apiToken(), DECEASED, TEACHER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(apiEntry(before + 1, "write", "rejected", null, pseudonym(DECEASED)));
    }

    @Test
    void invalidBsnIsRecordedWithoutChild() {
        var response = api.register(SCHOOL.apiToken(), "123456789", TEACHER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(chain.after(before)).containsExactly(apiEntry(before + 1, "write", "rejected", null, null));
    }

    @Test
    void webRegistrationIsWriteByAccount() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");
        var afterLogin = chain.lastSequence();

        var response = session.post("/signals/new", Map.of("bsn", CHILD, "ownReference", "", "endDate", ""));

        assertThat(response.statusCode()).isEqualTo(302);
        var signal = response.headers().firstValue("Location").orElseThrow().replaceAll(".*/signals/", "");
        var account = accounts.of(TEACHER).accountId().toString();
        assertThat(chain.after(afterLogin))
                .containsExactly(new AuditChain.Row(
                        afterLogin + 1,
                        NOW,
                        "write",
                        "success",
                        "account",
                        account,
                        "professional",
                        SCHOOL.id(),
                        null,
                        null,
                        "127.0.0.1",
                        "signal",
                        signal,
                        pseudonym(CHILD),
                        1,
                        "register-signal"));
    }

    private AuditChain.Row apiEntry(
            long sequence, String action, String outcome, @Nullable String signal, @Nullable String child) {
        return new AuditChain.Row(
                sequence,
                NOW,
                action,
                outcome,
                "api-client",
                schoolApiClient().toString(),
                "api-client",
                SCHOOL.id(),
                null,
                TEACHER.id(),
                "127.0.0.1",
                signal == null ? null : "signal",
                signal,
                child,
                child == null ? null : 1,
                "register-signal");
    }

    private UUID schoolApiClient() {
        return jdbc.sql("select id from api_clients where organisation_id = ?")
                .param(SCHOOL.id())
                .query(UUID.class)
                .single();
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }
}
