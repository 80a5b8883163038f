package nl.verwijsindex.audit;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The actor of an audited step: a login account, an API client or the index itself (a scheduled job).
 *
 * @param type {@code account}, {@code api-client} or {@code system}
 * @param id the account's or API client's id, or the name of the job
 * @param role the account's role code, such as {@code professional}; {@code api-client} for a
 *     client system; {@code null} for the index itself
 * @param organisationId the organisation the actor belongs to, when it belongs to one
 * @param municipalityId the municipality a municipal officer works for
 */
public record AuditActor(
        String type,
        String id,
        @Nullable String role,
        @Nullable UUID organisationId,
        @Nullable UUID municipalityId) {

    public AuditActor {
        Objects.requireNonNull(AuditText.check("actor type", type), "The actor type is missing");
        Objects.requireNonNull(AuditText.check("actor id", id), "The actor id is missing");
        AuditText.check("actor role", role);
    }

    /** Returns a login account acting in its role, for example {@code municipal-officer}. */
    public static AuditActor account(
            UUID id, String roleCode, @Nullable UUID organisationId, @Nullable UUID municipalityId) {
        return new AuditActor("account", id.toString(), roleCode, organisationId, municipalityId);
    }

    /** Returns an organisation's client system calling the REST API. */
    public static AuditActor apiClient(UUID id, UUID organisationId) {
        return new AuditActor("api-client", id.toString(), "api-client", organisationId, null);
    }

    /** Returns the index itself, for work no person started, such as a scheduled job named {@code job}. */
    public static AuditActor system(String job) {
        return new AuditActor("system", job, null, null, null);
    }
}
