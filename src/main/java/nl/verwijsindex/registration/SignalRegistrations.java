package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.bsn.Bsn;

/**
 * Registers and ends signals for callers inside the application, such as the demo's generated
 * history. Each call runs the same checks, locks, matching events and audit entries as the REST API,
 * dated by the application's clock, with the actor given for the audit trail.
 */
public interface SignalRegistrations {

    /**
     * Registers the professional's signal on the child, with the organisation's default end date, or
     * returns the professional's active signal on the child.
     *
     * @return the signal, or empty when a rule of the index rejected the request, for example a child
     *     who is 23 or older, deceased, or not living in a Dutch municipality. The audit trail records
     *     the rejection.
     * @throws nl.verwijsindex.population.PopulationRegisterUnavailableException when the population
     *     register cannot be reached
     */
    Optional<RegisteredSignal> register(UUID organisationId, UUID professionalId, Bsn child, AuditActor actor);

    /**
     * Ends the organisation's active signal because the risk is gone: it moves to the archive, and
     * matches left with fewer than two professionals end.
     *
     * @throws IllegalArgumentException when the organisation has no such signal, or it has ended already
     */
    void endAsRiskGone(UUID organisationId, UUID signalId, AuditActor actor);

    /**
     * A registered signal.
     *
     * @param created false when the professional's active signal on the child was returned
     * @param endDate the signal's last active day
     */
    record RegisteredSignal(UUID id, boolean created, LocalDate registeredOn, LocalDate endDate) {}
}
