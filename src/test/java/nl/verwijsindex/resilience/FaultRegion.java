package nl.verwijsindex.resilience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The municipality, organisations, professionals and API clients of the fault tests, written into
 * a migrated database by SQL: four organisations of Amsterdam, each with three professionals and
 * one API client.
 */
final class FaultRegion {

    record Organisation(UUID id, String name, String kind, String apiToken, UUID apiClientId) {}

    record Professional(UUID id, Organisation organisation, String email) {}

    private static final List<String> KINDS = List.of("education", "youth-health-care", "youth-care", "social-work");
    private static final int PROFESSIONALS_PER_ORGANISATION = 3;

    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Professional> professionals = new ArrayList<>();

    FaultRegion() {
        for (int o = 0; o < KINDS.size(); o++) {
            var organisation = new Organisation(
                    id("organisation-" + o),
                    "Organisatie " + (o + 1),
                    KINDS.get(o),
                    "fault-token-" + o,
                    id("api-client-" + o));
            organisations.add(organisation);
            for (int p = 0; p < PROFESSIONALS_PER_ORGANISATION; p++) {
                professionals.add(new Professional(
                        id("professional-" + o + "-" + p), organisation, "p" + o + "-" + p + "@faults.test"));
            }
        }
    }

    List<Professional> professionals() {
        return professionals;
    }

    /** Inserts the region into a database that the index has migrated. */
    void insert(JdbcClient jdbc) {
        var municipality = id("municipality");
        jdbc.sql("insert into municipalities (id, code, name) values (?, ?, 'Amsterdam')")
                .params(municipality, FamilyRegister.MUNICIPALITY_CODE)
                .update();
        for (var organisation : organisations) {
            jdbc.sql("""
                            insert into organisations
                                (id, municipality_id, name, kind, default_signal_months, connected)
                            values (?, ?, ?, ?, 12, true)
                            """)
                    .params(organisation.id(), municipality, organisation.name(), organisation.kind())
                    .update();
            jdbc.sql("insert into api_clients (id, organisation_id, name, token_hash, created_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            organisation.apiClientId(),
                            organisation.id(),
                            organisation.name() + " client",
                            sha256(organisation.apiToken()),
                            Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                    .update();
        }
        for (var professional : professionals) {
            jdbc.sql("""
                            insert into professionals (id, organisation_id, name, email, phone, language, active)
                            values (?, ?, ?, ?, '070 123 4567', 'nl', true)
                            """)
                    .params(
                            professional.id(),
                            professional.organisation().id(),
                            "Beroepskracht "
                                    + professional
                                            .email()
                                            .substring(0, professional.email().indexOf('@')),
                            professional.email())
                    .update();
        }
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("fault-region-" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
