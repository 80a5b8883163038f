package nl.verwijsindex.subjectrights.internal;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records each step of a rights request in the audit trail, with the purpose {@value #PURPOSE}
 * and the request as object. Steps that store something are recorded in their own transaction, so
 * that a rollback removes the entry too; rejected steps are recorded separately.
 */
@Component
class RightsAudit {

    static final String PURPOSE = "rights-request";
    static final String OBJECT_TYPE = "rights-request";

    private final AuditTrail trail;

    RightsAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(AuditAction action, SignedInAccount account, String origin, UUID requestId, @Nullable Pseudonym child) {
        trail.record(entry(action, AuditOutcome.SUCCESS, account, origin, requestId, child));
    }

    void recordRejected(
            AuditAction action, SignedInAccount account, String origin, UUID requestId, @Nullable Pseudonym child) {
        trail.recordSeparately(entry(action, AuditOutcome.REJECTED, account, origin, requestId, child));
    }

    /** Records a read of the municipality's list of requests, which names no child. */
    void recordList(SignedInAccount account, String origin) {
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, PURPOSE)
                .by(actor(account))
                .from(origin)
                .about("rights-request-list", RequestHandling.municipalityOf(account)));
    }

    /** Records a new request that its form's checks rejected, before it had an id. */
    void recordRejectedForm(SignedInAccount account, String origin) {
        trail.recordSeparately(AuditEntry.of(AuditAction.WRITE, AuditOutcome.REJECTED, PURPOSE)
                .by(actor(account))
                .from(origin));
    }

    void recordFailed(AuditAction action, SignedInAccount account, String origin, UUID requestId) {
        trail.recordSeparately(entry(action, AuditOutcome.FAILED, account, origin, requestId, null));
    }

    private static AuditEntry entry(
            AuditAction action,
            AuditOutcome outcome,
            SignedInAccount account,
            String origin,
            UUID requestId,
            @Nullable Pseudonym child) {
        return AuditEntry.of(action, outcome, PURPOSE)
                .by(actor(account))
                .from(origin)
                .about(OBJECT_TYPE, requestId)
                .child(child);
    }

    private static AuditActor actor(SignedInAccount account) {
        return AuditActor.account(
                account.id(), account.role().code(), account.organisationId(), account.municipalityId());
    }
}
