package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ActiveChildren;
import nl.verwijsindex.registration.ActiveChildren.ActiveChild;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.ChildMoved;
import nl.verwijsindex.registration.DestructionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks up every child with active signals in the population register again. A child the register
 * reports dead loses every signal and trace ({@link ChildDestruction#destroyEverything} with reason
 * {@code death}). A child who now lives in another Dutch municipality than at the last look-up gets
 * one {@link ChildMoved}, published in the transaction that stores the new municipality, so a second
 * run publishes nothing again. Emigrated, non-resident and unknown children keep their signals and are
 * counted. When the register is unavailable or rejects the client, the run stops and the next run
 * starts again from the first child.
 *
 * <p>Each look-up is audited as {@code search}, because the job looks the child up in the register by
 * its BSN, with the child's pseudonym and the run as object. The run gets one {@code write} entry.
 */
@Component
class PopulationRecheckJob {

    static final String NAME = "recheck-population";

    private static final Logger log = LoggerFactory.getLogger(PopulationRecheckJob.class);

    private final ActiveChildren activeChildren;
    private final Pseudonymisation pseudonymisation;
    private final PopulationRegister register;
    private final ChildResidences residences;
    private final ChildDestruction destruction;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AuditTrail trail;
    private final Clock clock;

    PopulationRecheckJob(
            ActiveChildren activeChildren,
            Pseudonymisation pseudonymisation,
            PopulationRegister register,
            ChildResidences residences,
            ChildDestruction destruction,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            AuditTrail trail,
            Clock clock) {
        this.activeChildren = activeChildren;
        this.pseudonymisation = pseudonymisation;
        this.register = register;
        this.residences = residences;
        this.destruction = destruction;
        this.events = events;
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
    }

    RecheckRun run() {
        var today = LocalDate.now(clock);
        var runId = UUID.randomUUID();
        // NOTE: one request per child, because the port looks up one BSN at a time. The API accepts
        // up to 20 BSNs per request, so a batch look-up would cut the requests twentyfold.
        var children = activeChildren.findAll();
        var counts = new Counts();
        counts.forgotten = residences.deleteAllExcept(
                children.stream().map(ActiveChild::child).toList(), today);
        for (var child : children) {
            try {
                var person = lookUp(child, runId);
                counts.checked++;
                apply(child.child(), person, today, counts);
            } catch (PopulationRegisterUnavailableException | PopulationRegisterConfigurationException e) {
                counts.stopped = true;
                log.warn("Job {} run {} stops, and the next run tries again: {}", NAME, runId, e.getMessage());
                break;
            } catch (RuntimeException e) {
                counts.failed++;
                log.error("Re-checking child {} failed, so the next run tries it again", child.child(), e);
            }
        }

        var run = counts.toRun(runId, children.size());
        var outcome = run.failed() == 0 && !run.stopped() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED;
        trail.record(AuditEntry.of(AuditAction.WRITE, outcome, NAME)
                .by(AuditActor.system(NAME))
                .about("job-run", run.id()));
        log.info(
                "Job {} run {} for {}: {} children with active signals, {} checked, {} deceased and destroyed,"
                        + " {} moved, {} emigrated or non-resident, {} not found, {} failed,"
                        + " {} municipalities of children without active signals deleted{}",
                NAME,
                run.id(),
                today,
                run.children(),
                run.checked(),
                run.deceased(),
                run.moved(),
                run.notResident(),
                run.notFound(),
                run.failed(),
                run.forgotten(),
                run.stopped() ? ", stopped early" : "");
        return run;
    }

    /** Asks the register about the child and records the look-up in the audit trail, also when it fails. */
    private Optional<Person> lookUp(ActiveChild child, UUID runId) {
        try {
            var person = register.findPerson(pseudonymisation.decrypt(child.bsn()));
            audit(child.child(), runId, AuditOutcome.SUCCESS);
            return person;
        } catch (RuntimeException e) {
            audit(child.child(), runId, AuditOutcome.FAILED);
            throw e;
        }
    }

    private void apply(Pseudonym child, Optional<Person> found, LocalDate today, Counts counts) {
        if (found.isEmpty()) {
            residences.record(child, ChildResidences.NOT_FOUND, null, today);
            counts.notFound++;
            return;
        }
        var person = found.get();
        if (person.deceased()) {
            destroy(child);
            counts.deceased++;
            return;
        }
        var residence = person.residence();
        var municipality = residence.municipality().orElse(null);
        if (!residence.resident()) {
            residences.record(child, ChildResidences.statusOf(residence), null, today);
            counts.notResident++;
            return;
        }
        transactions.executeWithoutResult(status -> {
            var previous = residences.find(child).map(ChildResidences.ChildResidence::municipalityCode);
            residences.record(child, ChildResidences.statusOf(residence), municipality, today);
            if (previous.isPresent() && municipality != null && !previous.get().equals(municipality)) {
                events.publishEvent(new ChildMoved(child, previous.get(), municipality));
                counts.moved++;
            }
        });
    }

    private void destroy(Pseudonym child) {
        var destroyed = destruction.destroyEverything(child, DestructionReason.DEATH);
        log.info("Destroyed {} signals of deceased child {}", destroyed.size(), child);
    }

    private void audit(Pseudonym child, UUID runId, AuditOutcome outcome) {
        trail.record(AuditEntry.of(AuditAction.SEARCH, outcome, NAME)
                .by(AuditActor.system(NAME))
                .about("job-run", runId)
                .child(child));
    }

    /** The counts as the run goes. */
    private static final class Counts {
        int checked;
        int deceased;
        int moved;
        int notResident;
        int notFound;
        int failed;
        int forgotten;
        boolean stopped;

        RecheckRun toRun(UUID id, int children) {
            return new RecheckRun(
                    id, children, checked, deceased, moved, notResident, notFound, failed, forgotten, stopped);
        }
    }
}
