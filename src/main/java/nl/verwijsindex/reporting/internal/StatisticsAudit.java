package nl.verwijsindex.reporting.internal;

import jakarta.servlet.http.HttpServletRequest;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records each read of a statistics page and each CSV export in the audit trail, one entry per
 * request. The object is the municipality or region, or none when the request named one the account
 * may not read. A success is recorded in the caller's transaction, a rejection in one of its own.
 */
@Component
class StatisticsAudit {

    private final AuditTrail trail;

    StatisticsAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Returns the purpose code of reading or exporting an area's statistics, such as {@code read-region-statistics}. */
    static String purpose(AuditAction action, String areaType) {
        var verb = action == AuditAction.EXPORT ? "export" : "read";
        return verb + "-" + areaType + "-statistics";
    }

    void record(
            AuditAction action,
            AuditOutcome outcome,
            String areaType,
            SignedInAccount account,
            HttpServletRequest request,
            @Nullable Area area) {
        var entry = AuditEntry.of(action, outcome, purpose(action, areaType))
                .by(account.auditActor())
                .from(request.getRemoteAddr());
        if (area != null) {
            entry = entry.about(area.type(), area.id());
        }
        if (outcome == AuditOutcome.SUCCESS) {
            trail.record(entry);
        } else {
            trail.recordSeparately(entry);
        }
    }
}
