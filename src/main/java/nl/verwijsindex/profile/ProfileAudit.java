package nl.verwijsindex.profile;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Records reads and changes of the logged-in account's profile in the audit trail, one entry per
 * request. A success is recorded in the caller's transaction, a rejection in one of its own.
 */
@Component
class ProfileAudit {

    static final String READ_PROFILE = "read-profile";
    static final String CHANGE_LANGUAGE = "change-language";
    static final String CHANGE_PHONE = "change-phone";

    private final AuditTrail trail;

    ProfileAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(
            AuditAction action,
            AuditOutcome outcome,
            String purpose,
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
