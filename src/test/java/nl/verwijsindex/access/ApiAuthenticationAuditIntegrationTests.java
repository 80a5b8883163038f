package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries of API requests whose bearer token is rejected. No entry contains the token. */
class ApiAuthenticationAuditIntegrationTests extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

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
    void unknownTokenIsFailedLoginWithoutObject() {
        var response = api.get("unknown-token-1234", "/api/v1/signals/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(401);
        assertThat(chain.after(before)).containsExactly(failedLogin().at(before + 1, NOW));
    }

    @Test
    void revokedTokenIsFailedLoginWithoutObject() throws Exception {
        var client = UUID.randomUUID();
        jdbc.sql("""
                        insert into api_clients (id, organisation_id, name, token_hash, created_at, revoked_at)
                        values (?, ?, 'Revoked client', ?, now(), now())
                        """)
                .params(client, TestRegion.SCHOOL.id(), sha256("revoked-token-5678"))
                .update();

        var response = api.get("revoked-token-5678", "/api/v1/matches?professionalId=" + TestRegion.TEACHER.id());

        assertThat(response.status()).isEqualTo(401);
        assertThat(chain.after(before)).containsExactly(failedLogin().at(before + 1, NOW));
    }

    @Test
    void clientOfSuspendedOrganisationIsNamed() {
        var client = jdbc.sql("select id from api_clients where organisation_id = ?")
                .param(TestRegion.SUSPENDED.id())
                .query(UUID.class)
                .single();

        var response = api.get(TestRegion.SUSPENDED.apiToken(), "/api/v1/signals/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(403);
        assertThat(chain.after(before))
                .containsExactly(failedLogin().about("api-client", client).at(before + 1, NOW));
    }

    @Test
    void requestWithoutTokenRecordsNothing() {
        var response = api.get(null, "/api/v1/signals/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(401);
        assertThat(chain.after(before)).isEmpty();
    }

    private static ExpectedEntry failedLogin() {
        return ExpectedEntry.of("login-failed", "rejected", "api-token-login");
    }

    private static byte[] sha256(String token) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    }
}
