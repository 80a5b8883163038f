package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import java.util.regex.Pattern;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import nl.verwijsindex.registration.ActiveSignals;
import nl.verwijsindex.registration.ChildMoved;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the notice to the coordinator of the municipality a child moved to, inside the transaction
 * that publishes the move, so that the notice is stored exactly when the move is. An exception here
 * reaches the publisher, which rolls the move back and finds it again on its next run. A
 * municipality that the index does not have, or that has no coordinator, gets no notice: the
 * listener logs it and records a rejected audit entry.
 */
@Component
class ChildMovedListener {

    static final String PURPOSE = "tell-move";

    /** The actor of the audit entries of queued notices; the re-check that found the move runs as a job. */
    static final String ACTOR = "queue-move-notices";

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{4}");
    private static final Logger log = LoggerFactory.getLogger(ChildMovedListener.class);

    private final MoveNotices notices;
    private final MunicipalCoordinators coordinators;
    private final ActiveSignals signals;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChildMovedListener(
            MoveNotices notices,
            MunicipalCoordinators coordinators,
            ActiveSignals signals,
            AuditTrail trail,
            TransactionTemplate transactions,
            Clock clock) {
        this.notices = notices;
        this.coordinators = coordinators;
        this.signals = signals;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Joins the publisher's transaction, or runs in one of its own when there is none. */
    @EventListener
    void queue(ChildMoved event) {
        transactions.executeWithoutResult(status -> queueInTransaction(event));
    }

    private void queueInTransaction(ChildMoved event) {
        var code = event.toMunicipalityCode();
        if (!MUNICIPALITY_CODE.matcher(code).matches()) {
            log.warn("Ignored a move to the invalid municipality code '{}': a code is four digits", code);
            return;
        }
        int active = signals.ofChild(event.child()).size();
        if (active == 0) {
            log.info("No move notice to municipality {}: the child has no active signal left", code);
            return;
        }

        var coordinator = coordinators.findByMunicipalityCode(code);
        if (coordinator.isEmpty()) {
            log.warn("No move notice about {} active signals: municipality {} is not in the index", active, code);
            trail.record(entry(AuditOutcome.REJECTED, event).about("municipality-code", code));
            return;
        }
        var municipality = coordinator.get();
        if (!municipality.hasCoordinator()) {
            log.warn(
                    "No move notice about {} active signals: municipality {} ({}) has no coordinator address",
                    active,
                    code,
                    municipality.municipalityId());
            trail.record(entry(AuditOutcome.REJECTED, event).about("municipality", municipality.municipalityId()));
            return;
        }

        var id = notices.add(event.child(), code, clock.instant());
        if (id.isEmpty()) {
            log.info("Move notice to municipality {} is pending already, so it is not queued again", code);
            return;
        }
        trail.record(entry(AuditOutcome.SUCCESS, event).about("municipality", municipality.municipalityId()));
        log.info("Queued move notice {} about {} active signals to municipality {}", id.get(), active, code);
    }

    /** Deletes the waiting notices about the child in the destroying transaction. */
    @EventListener
    void delete(ChildTracesDestroyed event) {
        int deleted = notices.deleteOfChild(event.child());
        if (deleted > 0) {
            log.info(
                    "Deleted {} move notices of a destroyed child ({})",
                    deleted,
                    event.reason().code());
        }
    }

    private static AuditEntry entry(AuditOutcome outcome, ChildMoved event) {
        return AuditEntry.of(AuditAction.NOTIFICATION, outcome, PURPOSE)
                .by(AuditActor.system(ACTOR))
                .child(event.child());
    }
}
