package nl.verwijsindex.coordination.internal;

import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records each read of a municipality's list of matches without contact as one entry, in a
 * transaction of its own after the read. The entry names the municipality and no match or child.
 */
@Component
class OversightAudit {

    static final String LIST_MATCHES_WITHOUT_CONTACT = "list-matches-without-contact";

    private final AuditTrail trail;

    OversightAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records the read.
     *
     * @param municipalityId the municipality whose list was read, or {@code null} when the rejected
     *     request's code named none
     */
    void listRead(AuditOutcome outcome, SignedInAccount account, String origin, @Nullable UUID municipalityId) {
        var entry = AuditEntry.of(AuditAction.READ, outcome, LIST_MATCHES_WITHOUT_CONTACT)
                .by(account.auditActor())
                .from(origin);
        trail.recordSeparately(municipalityId == null ? entry : entry.about("municipality", municipalityId));
    }
}
