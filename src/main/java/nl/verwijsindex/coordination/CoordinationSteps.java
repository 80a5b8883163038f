package nl.verwijsindex.coordination;

import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;

/**
 * Takes coordination steps in a match for a professional, for callers inside the application such
 * as the demo's generated history. Each step runs the same rules, locks, emails and audit entries as
 * the form on the matches page, dated by the application's clock. Its audit entry names the given
 * actor, acting on behalf of the professional, with no origin address.
 *
 * <p>A step returns {@link StepResult#REJECTED} and changes nothing when a rule of the page rejects
 * it, when the match is not an active match of the professional, or when the professional is
 * deactivated or their organisation suspended. The audit trail then has the rejection.
 */
public interface CoordinationSteps {

    /** Proposes the candidate, a member of the match, as its coordinator. */
    StepResult propose(UUID organisationId, UUID professionalId, UUID matchId, UUID candidateId, AuditActor actor);

    /** Accepts the proposal addressed to the professional, who becomes the coordinator. */
    StepResult accept(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor);

    /** Declines the proposal addressed to the professional. */
    StepResult decline(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor);

    /** Records that the professional made contact, dated today by the application's clock. */
    StepResult recordContact(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor);

    /** The outcome of a step. */
    enum StepResult {
        /** The step was taken, or it asked for the state the match has already, such as the same proposal. */
        DONE,
        /** A rule rejected the step and nothing changed. */
        REJECTED
    }
}
