package nl.verwijsindex.matching.internal;

import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records reads of a professional's match list in the audit trail: one entry per request, naming
 * the professional whose matches were read as object {@code match-list}.
 */
@Component
class MatchAudit {

    static final String LIST_MATCHES = "list-matches";

    private final AuditTrail trail;

    MatchAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records the read of the professional's matches.
     *
     * @param onBehalfOf the professional an API client read for; {@code null} for an account reading its own
     */
    void listed(AuditOutcome outcome, AuditActor actor, @Nullable UUID onBehalfOf, String origin, UUID professionalId) {
        var entry = AuditEntry.of(AuditAction.READ, outcome, LIST_MATCHES)
                .by(actor)
                .onBehalfOf(onBehalfOf)
                .from(origin)
                .about("match-list", professionalId);
        if (outcome == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }
}
