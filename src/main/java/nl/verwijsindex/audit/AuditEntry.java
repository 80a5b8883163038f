package nl.verwijsindex.audit;

import java.util.Objects;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/**
 * What one audit entry records, before the trail gives it its sequence number, time and hashes.
 * Start with {@link #of} and add the fields that apply, for example:
 *
 * <pre>{@code
 * AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "register-signal")
 *         .by(AuditActor.apiClient(client.id(), client.organisationId()))
 *         .onBehalfOf(professionalId)
 *         .from(clientAddress)
 *         .about("signal", signal.id())
 *         .child(pseudonym)
 * }</pre>
 *
 * <p>Text values are 1 to 200 printable ASCII characters without spaces (codes, ids and network
 * addresses), so that no name, email address or free text fits. Never put a BSN in any of them:
 * the child is identified only by its {@link Pseudonym}.
 *
 * @param purpose a short code for why the step was done, such as {@code register-signal}
 * @param actor who acted; {@code null} when no actor is known, as in a failed login with an unknown email address
 * @param onBehalfOf the professional an API client or another account acted for
 * @param origin the client's network address
 * @param objectType the kind of object acted on, such as {@code signal} or {@code account}
 * @param objectId the id of that object
 * @param child the pseudonym of the child the step concerned
 */
public record AuditEntry(
        AuditAction action,
        AuditOutcome outcome,
        String purpose,
        @Nullable AuditActor actor,
        @Nullable UUID onBehalfOf,
        @Nullable String origin,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable Pseudonym child) {

    public AuditEntry {
        Objects.requireNonNull(action, "The audit action is missing");
        Objects.requireNonNull(outcome, "The audit outcome is missing");
        Objects.requireNonNull(AuditText.check("purpose", purpose), "The audit purpose is missing");
        AuditText.check("origin", origin);
        AuditText.check("object type", objectType);
        AuditText.check("object id", objectId);
        if ((objectType == null) != (objectId == null)) {
            throw new IllegalArgumentException("An audit object needs both a type and an id, got type " + objectType);
        }
    }

    public static AuditEntry of(AuditAction action, AuditOutcome outcome, String purpose) {
        return new AuditEntry(action, outcome, purpose, null, null, null, null, null, null);
    }

    public AuditEntry by(@Nullable AuditActor actor) {
        return new AuditEntry(action, outcome, purpose, actor, onBehalfOf, origin, objectType, objectId, child);
    }

    public AuditEntry onBehalfOf(@Nullable UUID professionalId) {
        return new AuditEntry(action, outcome, purpose, actor, professionalId, origin, objectType, objectId, child);
    }

    public AuditEntry from(@Nullable String clientAddress) {
        return new AuditEntry(action, outcome, purpose, actor, onBehalfOf, clientAddress, objectType, objectId, child);
    }

    public AuditEntry about(String type, Object id) {
        return new AuditEntry(action, outcome, purpose, actor, onBehalfOf, origin, type, id.toString(), child);
    }

    public AuditEntry child(@Nullable Pseudonym pseudonym) {
        return new AuditEntry(action, outcome, purpose, actor, onBehalfOf, origin, objectType, objectId, pseudonym);
    }
}
