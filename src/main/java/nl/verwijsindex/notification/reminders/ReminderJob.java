package nl.verwijsindex.notification.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.outbox.SignalReminders;
import nl.verwijsindex.notification.outbox.SignalReminders.ReminderKind;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.registration.ActiveSignals;
import nl.verwijsindex.registration.ActiveSignals.ActiveSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminders that are due today, each in a transaction of its own with its audit entry:
 * <ul>
 *   <li>an informing reminder for each active signal registered at least {@code informingDays} ago
 *       without recorded informing or postponement, naming whom the professional must inform by the
 *       child's age on the registration date, which the population register gives;
 *   <li>an ending reminder for each active signal whose end date is today or at most
 *       {@code endingDays} days away.
 * </ul>
 * A signal gets one informing reminder, also after a transfer, and one ending reminder per end
 * date, so an extended signal gets another when its new end date comes near. Running the job again,
 * or on two nodes at once, queues nothing twice, because the table's unique keys let one row in.
 */
@Component
class ReminderJob {

    static final String NAME = "send-reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ActiveSignals signals;
    private final SignalReminders reminders;
    private final ReminderSettings settings;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderJob(
            ActiveSignals signals,
            SignalReminders reminders,
            ReminderSettings settings,
            AuditTrail trail,
            TransactionTemplate transactions,
            Clock clock) {
        this.signals = signals;
        this.reminders = reminders;
        this.settings = settings;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    ReminderRun run() {
        var today = LocalDate.now(clock);
        var now = clock.instant();

        var informing = queueInforming(today, now);
        var ending = queueEnding(today, now);

        var run = new ReminderRun(
                UUID.randomUUID(),
                informing.candidates(),
                informing.queued(),
                ending.candidates(),
                ending.queued(),
                informing.failed() + ending.failed());
        var outcome = run.failed() == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILED;
        trail.record(AuditEntry.of(AuditAction.WRITE, outcome, NAME)
                .by(AuditActor.system(NAME))
                .about("job-run", run.id()));
        log.info(
                "Job {} run {} for {}: {} signals due for an informing reminder, {} queued; {} signals near their"
                        + " end date, {} queued; {} failed",
                NAME,
                run.id(),
                today,
                run.informingCandidates(),
                run.informingQueued(),
                run.endingCandidates(),
                run.endingQueued(),
                run.failed());
        return run;
    }

    private Counts queueInforming(LocalDate today, Instant now) {
        var due = signals.findInformingNotRecorded(today.minusDays(settings.informingDays()));
        var reminded = reminders.remindedSignals(
                ReminderKind.INFORMING, due.stream().map(ActiveSignal::id).toList());
        var candidates =
                due.stream().filter(signal -> !reminded.contains(signal.id())).toList();

        int queued = 0;
        int failed = 0;
        for (int i = 0; i < candidates.size(); i++) {
            var signal = candidates.get(i);
            try {
                var parties = signals.informingParties(signal.id());
                if (queue(signal, ReminderKind.INFORMING, () -> reminders.addInforming(signal.id(), parties, now))) {
                    queued++;
                }
            } catch (PopulationRegisterUnavailableException e) {
                // Every further lookup would fail too, so the rest wait for the next run.
                failed += candidates.size() - i;
                log.warn(
                        "Population register unavailable, so {} informing reminders wait for the next run: {}",
                        candidates.size() - i,
                        e.getMessage());
                break;
            } catch (RuntimeException e) {
                failed++;
                log.error("Queueing the informing reminder of signal {} failed", signal.id(), e);
            }
        }
        return new Counts(candidates.size(), queued, failed);
    }

    private Counts queueEnding(LocalDate today, Instant now) {
        List<ActiveSignal> due = signals.findEndingBetween(today, today.plusDays(settings.endingDays()));

        int queued = 0;
        int failed = 0;
        for (var signal : due) {
            try {
                if (queue(signal, ReminderKind.ENDING, () -> reminders.addEnding(signal.id(), signal.endDate(), now))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Queueing the ending reminder of signal {} failed", signal.id(), e);
            }
        }
        return new Counts(due.size(), queued, failed);
    }

    /** Inserts the reminder and, when the insert added a row, its audit entry, in one transaction. */
    private boolean queue(ActiveSignal signal, ReminderKind kind, Supplier<Optional<UUID>> insert) {
        var queued = transactions.execute(status -> {
            var id = insert.get();
            id.ifPresent(reminder ->
                    trail.record(AuditEntry.of(AuditAction.NOTIFICATION, AuditOutcome.SUCCESS, kind.purpose())
                            .by(AuditActor.system(NAME))
                            .about("signal", signal.id())
                            .child(signal.child())));
            return id.isPresent();
        });
        return Boolean.TRUE.equals(queued);
    }

    private record Counts(int candidates, int queued, int failed) {}
}
