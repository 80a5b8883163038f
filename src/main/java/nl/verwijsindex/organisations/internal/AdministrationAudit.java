package nl.verwijsindex.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records the pages of organisation and municipality administration in the audit trail, one entry
 * per request: the object is the organisation, professional, API client or municipality read or
 * changed, or a list named by its owner. A success is recorded in the caller's transaction, a
 * rejection in one of its own. Public for the municipality pages of this module.
 */
@Component
public class AdministrationAudit {

    private final AuditTrail trail;

    AdministrationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records a step of the logged-in account.
     *
     * @param objectId the object's id, or {@code null} when the request named no object, as a
     *     rejected form that would have created one
     */
    public void record(
            AuditAction action,
            AuditOutcome outcome,
            String purpose,
            SignedInAccount account,
            HttpServletRequest request,
            String objectType,
            @Nullable UUID objectId) {
        var entry =
                AuditEntry.of(action, outcome, purpose).by(account.auditActor()).from(request.getRemoteAddr());
        if (objectId != null) {
            entry = entry.about(objectType, objectId);
        }
        if (outcome == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }

    /** Records a successful read of the object. */
    public void read(
            String purpose, SignedInAccount account, HttpServletRequest request, String objectType, UUID objectId) {
        record(AuditAction.READ, AuditOutcome.SUCCESS, purpose, account, request, objectType, objectId);
    }

    /** Records a change of the object, done or rejected. */
    public void write(
            AuditOutcome outcome,
            String purpose,
            SignedInAccount account,
            HttpServletRequest request,
            String objectType,
            @Nullable UUID objectId) {
        record(AuditAction.WRITE, outcome, purpose, account, request, objectType, objectId);
    }
}
