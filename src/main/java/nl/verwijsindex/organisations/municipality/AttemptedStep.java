package nl.verwijsindex.organisations.municipality;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.organisations.internal.AdministrationAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * The step a municipality page handler attempts, kept in the request so that the handler of a 404
 * can record the step as rejected.
 */
record AttemptedStep(
        AuditAction action,
        String purpose,
        String objectType,
        @Nullable UUID objectId) {

    private static final String ATTRIBUTE = AttemptedStep.class.getName();

    /** Keeps the step in the request, before the handler looks anything up. */
    static void remember(
            HttpServletRequest request,
            AuditAction action,
            String purpose,
            String objectType,
            @Nullable UUID objectId) {
        request.setAttribute(ATTRIBUTE, new AttemptedStep(action, purpose, objectType, objectId));
    }

    /** Records the step kept in the request as rejected, when there is one and an account attempted it. */
    static void recordRejected(HttpServletRequest request, AdministrationAudit audit) {
        if (request.getAttribute(ATTRIBUTE) instanceof AttemptedStep step
                && request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInAccount account) {
            audit.record(
                    step.action(),
                    AuditOutcome.REJECTED,
                    step.purpose(),
                    account,
                    request,
                    step.objectType(),
                    step.objectId());
        }
    }
}
