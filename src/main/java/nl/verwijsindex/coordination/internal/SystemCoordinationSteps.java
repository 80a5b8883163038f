package nl.verwijsindex.coordination.internal;

import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditedChange;
import nl.verwijsindex.coordination.CoordinationSteps;
import nl.verwijsindex.coordination.internal.CoordinationService.ActingProfessional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Runs the coordination steps of {@link CoordinationService} for a caller inside the application,
 * and records each in the audit trail as {@link CoordinationPages} does. The entry of a step taken
 * commits with the step, and the entry of a rejected step gets a transaction of its own.
 */
@Component
class SystemCoordinationSteps implements CoordinationSteps {

    private final CoordinationService coordination;
    private final CoordinationAudit audit;
    private final AuditedChange auditedChange;

    SystemCoordinationSteps(CoordinationService coordination, CoordinationAudit audit, AuditedChange auditedChange) {
        this.coordination = coordination;
        this.audit = audit;
        this.auditedChange = auditedChange;
    }

    @Override
    public StepResult propose(
            UUID organisationId, UUID professionalId, UUID matchId, UUID candidateId, AuditActor actor) {
        var acting = new ActingProfessional(professionalId, organisationId);
        return step(
                CoordinationAudit.PROPOSE_COORDINATOR,
                actor,
                acting,
                matchId,
                () -> coordination.propose(acting, matchId, candidateId));
    }

    @Override
    public StepResult accept(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor) {
        var acting = new ActingProfessional(professionalId, organisationId);
        return step(
                CoordinationAudit.ACCEPT_COORDINATOR,
                actor,
                acting,
                matchId,
                () -> coordination.accept(acting, matchId));
    }

    @Override
    public StepResult decline(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor) {
        var acting = new ActingProfessional(professionalId, organisationId);
        return step(
                CoordinationAudit.DECLINE_COORDINATOR,
                actor,
                acting,
                matchId,
                () -> coordination.decline(acting, matchId));
    }

    @Override
    public StepResult recordContact(UUID organisationId, UUID professionalId, UUID matchId, AuditActor actor) {
        var acting = new ActingProfessional(professionalId, organisationId);
        return step(
                CoordinationAudit.RECORD_CONTACT,
                actor,
                acting,
                matchId,
                () -> coordination.recordContact(acting, matchId));
    }

    private StepResult step(
            String purpose, AuditActor actor, ActingProfessional acting, UUID matchId, Runnable action) {
        try {
            auditedChange.run(() -> {
                action.run();
                audit.systemStep(purpose, AuditOutcome.SUCCESS, actor, acting.professionalId(), matchId);
            });
        } catch (CoordinationRejectedException | MatchNotFoundException | AccessDeniedException rejection) {
            audit.systemStep(purpose, AuditOutcome.REJECTED, actor, acting.professionalId(), matchId);
            return StepResult.REJECTED;
        }
        return StepResult.DONE;
    }
}
