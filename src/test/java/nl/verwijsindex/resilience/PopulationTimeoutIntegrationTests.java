package nl.verwijsindex.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The population register responding later than the index's read timeout: every registration gets
 * a {@code 503} problem with {@code Retry-After}, and the index stores no signal, no outbox row and
 * no successful audit entry. Once the register responds in time again, registration works.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PopulationTimeoutIntegrationTests {

    private static FaultEnvironment environment;
    private static IndexNode node;

    @BeforeAll
    static void start() {
        environment = FaultEnvironment.start(4);
        node = environment.startNode(
                "population-timeout",
                Map.of(
                        "VERWIJSINDEX_POPULATION_BRP_READ_TIMEOUT", "1s",
                        "VERWIJSINDEX_POPULATION_BRP_MAX_ATTEMPTS", "2",
                        "VERWIJSINDEX_POPULATION_BRP_INITIAL_BACKOFF", "100ms",
                        "VERWIJSINDEX_POPULATION_BRP_FAILURE_THRESHOLD", "1000",
                        "VERWIJSINDEX_POPULATION_BRP_OPEN_DURATION", "20s",
                        "VERWIJSINDEX_POPULATION_BRP_CACHE_TTL", "0s"));
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    @Order(1)
    void registrationsGet503AndStoreNothing() {
        var registrations = SignalLoad.fourPerFamily(environment.register.families(), environment.region);
        environment.register.delayResponses(Duration.ofSeconds(3));

        var outcomes = SignalLoad.registerAll(registrations, node.baseUrl());

        assertThat(outcomes).hasSize(16);
        for (var outcome : outcomes) {
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(503);
            assertThat(outcome.contentType()).isEqualTo("application/problem+json");
            // No Retry-After came from the register, so the index gives its circuit's open duration.
            assertThat(outcome.retryAfter()).isEqualTo("20");
            assertThat(outcome.body()).contains("\"title\":\"Population register unavailable\"");
            assertThat(outcome.body()).contains("\"status\":503");
            assertThat(outcome.body()).doesNotContain(outcome.registration().bsn());
            assertThat(outcome.body()).doesNotContain("Exception");
        }
        // Two attempts per registration, each cut off by the read timeout.
        assertThat(environment.register.requests()).isEqualTo(32);
        var jdbc = environment.jdbc();
        assertThat(count("signals")).isZero();
        assertThat(count("match_candidates")).isZero();
        assertThat(count("notification_messages")).isZero();
        assertThat(count("child_residences")).isZero();

        var entries = jdbc.sql("select action, outcome, actor_type, actor_id, actor_role, actor_organisation_id,"
                        + " actor_municipality_id, on_behalf_of_id, origin, object_type, object_id, child_pseudonym,"
                        + " pseudonym_key_version from audit_entries where purpose = 'register-signal'")
                .query((row, number) -> new AuditRow(
                        row.getString("action"),
                        row.getString("outcome"),
                        row.getString("actor_type"),
                        row.getString("actor_id"),
                        row.getString("actor_role"),
                        row.getObject("actor_organisation_id", UUID.class),
                        row.getObject("actor_municipality_id", UUID.class),
                        row.getObject("on_behalf_of_id", UUID.class),
                        row.getString("origin"),
                        row.getString("object_type"),
                        row.getString("object_id"),
                        row.getBytes("child_pseudonym"),
                        (Integer) row.getObject("pseudonym_key_version")))
                .list();
        assertThat(entries).hasSize(16);
        for (var registration : registrations) {
            var professional = registration.professional();
            var organisation = professional.organisation();
            var expected = new AuditRow(
                    "write",
                    "failed",
                    "api-client",
                    organisation.apiClientId().toString(),
                    "api-client",
                    organisation.id(),
                    null,
                    professional.id(),
                    "127.0.0.1",
                    null,
                    null,
                    environment.pseudonym(registration.bsn()),
                    1);
            assertThat(entries).filteredOn(entry -> entry.sameAs(expected)).hasSize(1);
        }
    }

    @Test
    @Order(2)
    void registersOnceRegisterRespondsInTime() {
        var family = environment.register.families().get(0);
        var professional = environment.region.professionals().get(0);
        environment.register.delayResponses(Duration.ZERO);

        var outcome =
                SignalLoad.register(node.baseUrl(), new SignalLoad.Registration(0, family.child1(), professional));

        assertThat(outcome.status()).as(outcome.body()).isEqualTo(201);
        assertThat(environment
                        .jdbc()
                        .sql("select count(*) from signals where id = ?::uuid")
                        .param(outcome.signalId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static long count(String table) {
        return environment
                .jdbc()
                .sql("select count(*) from " + table)
                .query(Long.class)
                .single();
    }

    /** The fields of an audit entry that a registration sets, besides its number, time and hashes. */
    private record AuditRow(
            String action,
            String outcome,
            String actorType,
            String actorId,
            String actorRole,
            UUID actorOrganisationId,
            UUID actorMunicipalityId,
            UUID onBehalfOfId,
            String origin,
            String objectType,
            String objectId,
            byte[] childPseudonym,
            Integer pseudonymKeyVersion) {

        boolean sameAs(AuditRow other) {
            return java.util.Objects.equals(action, other.action)
                    && java.util.Objects.equals(outcome, other.outcome)
                    && java.util.Objects.equals(actorType, other.actorType)
                    && java.util.Objects.equals(actorId, other.actorId)
                    && java.util.Objects.equals(actorRole, other.actorRole)
                    && java.util.Objects.equals(actorOrganisationId, other.actorOrganisationId)
                    && java.util.Objects.equals(actorMunicipalityId, other.actorMunicipalityId)
                    && java.util.Objects.equals(onBehalfOfId, other.onBehalfOfId)
                    && java.util.Objects.equals(origin, other.origin)
                    && java.util.Objects.equals(objectType, other.objectType)
                    && java.util.Objects.equals(objectId, other.objectId)
                    && java.util.Arrays.equals(childPseudonym, other.childPseudonym)
                    && java.util.Objects.equals(pseudonymKeyVersion, other.pseudonymKeyVersion);
        }
    }
}
