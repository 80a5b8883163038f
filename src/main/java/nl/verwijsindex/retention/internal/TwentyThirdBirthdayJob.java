package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.DestructionReason;
import nl.verwijsindex.registration.SignalRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys every signal and every other trace of each child whose earliest possible 23rd birthday
 * is today or earlier, each child in a transaction of its own. The date is the one registration
 * stored with each signal, and the earliest of a child's signals counts. Signals stored before that
 * date was kept get it from the population register first. Running it again finds nothing, because
 * the child has no signal left, and two runs at once destroy each signal once, because destruction
 * reads the signals again under the child's locks.
 */
@Component
class TwentyThirdBirthdayJob {

    static final String NAME = "destroy-at-23rd-birthday";

    private static final Logger log = LoggerFactory.getLogger(TwentyThirdBirthdayJob.class);

    private final SignalRetention retention;
    private final ChildDestruction destruction;
    private final AuditTrail trail;
    private final Clock clock;

    TwentyThirdBirthdayJob(SignalRetention retention, ChildDestruction destruction, AuditTrail trail, Clock clock) {
        this.retention = retention;
        this.destruction = destruction;
        this.trail = trail;
        this.clock = clock;
    }

    JobRun run() {
        var today = LocalDate.now(clock);
        int undated = retention.fillMissing23rdBirthdays();
        var due = retention.findChildrenTurned23(today);
        int children = 0;
        int signals = 0;
        int failed = 0;
        for (var child : due) {
            try {
                var destroyed = destruction.destroyEverything(child, DestructionReason.TWENTY_THIRD_BIRTHDAY);
                if (!destroyed.isEmpty()) {
                    children++;
                    signals += destroyed.size();
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Destroying a child who turned 23 failed, so the next run tries again: {}", child, e);
            }
        }

        var run = new JobRun(UUID.randomUUID(), due.size(), children, failed);
        run.record(trail, NAME);
        log.info(
                "Job {} run {} for {}: {} children turned 23, {} destroyed with {} signals, {} failed,"
                        + " {} signals without a known 23rd birthday",
                NAME,
                run.id(),
                today,
                run.candidates(),
                run.ended(),
                signals,
                run.failed(),
                undated);
        return run;
    }
}
