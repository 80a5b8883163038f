package nl.verwijsindex.coordination.internal;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records the coordination steps on a match and the reads and changes of a municipality's
 * coordinator priority in the audit trail, one entry per request. A successful change is recorded
 * in the change's transaction, which the caller opens with {@link nl.verwijsindex.audit.AuditedChange}.
 * A coordination entry names the match and no child, because a family match concerns several children.
 */
@Component
class CoordinationAudit {

    static final String PROPOSE_COORDINATOR = "propose-coordinator";
    static final String ACCEPT_COORDINATOR = "accept-coordinator";
    static final String DECLINE_COORDINATOR = "decline-coordinator";
    static final String RECORD_CONTACT = "record-contact";
    static final String READ_COORDINATOR_PRIORITY = "read-coordinator-priority";
    static final String SET_COORDINATOR_PRIORITY = "set-coordinator-priority";

    private final AuditTrail trail;

    CoordinationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records a step on the match, and a rejected step in a transaction of its own. */
    void matchStep(String purpose, AuditOutcome outcome, SignedInAccount account, String origin, UUID matchId) {
        record(AuditAction.WRITE, purpose, outcome, account, origin, "match", matchId);
    }

    /**
     * Records a step that a caller inside the application took for a member of the match, with no
     * origin address, and a rejected step in a transaction of its own.
     */
    void systemStep(String purpose, AuditOutcome outcome, AuditActor actor, UUID professionalId, UUID matchId) {
        var entry = AuditEntry.of(AuditAction.WRITE, outcome, purpose)
                .by(actor)
                .onBehalfOf(professionalId)
                .about("match", matchId);
        if (outcome == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }

    /** Records a read or a change of the municipality's coordinator priority. */
    void priority(
            AuditAction action, String purpose, AuditOutcome outcome, SignedInAccount account, String origin, UUID id) {
        record(action, purpose, outcome, account, origin, "coordinator-priority", id);
    }

    /**
     * Records a read or change of a coordinator priority that was rejected because the municipality
     * is not the account's, in a transaction of its own.
     *
     * @param municipalityId the municipality, or {@code null} when the code named none
     */
    void rejectedPriority(
            AuditAction action, String purpose, SignedInAccount account, String origin, @Nullable UUID municipalityId) {
        var entry = AuditEntry.of(action, AuditOutcome.REJECTED, purpose)
                .by(account.auditActor())
                .from(origin);
        trail.recordSeparately(municipalityId == null ? entry : entry.about("coordinator-priority", municipalityId));
    }

    private void record(
            AuditAction action,
            String purpose,
            AuditOutcome outcome,
            SignedInAccount account,
            String origin,
            String objectType,
            UUID objectId) {
        var entry = AuditEntry.of(action, outcome, purpose)
                .by(account.auditActor())
                .from(origin)
                .about(objectType, objectId);
        if (outcome == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }
}
