package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.registration.SignalRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Destroys every archived signal that ended five years ago or earlier (ended on 2021-12-04:
 * destroyed from 2026-12-04), each in a transaction of its own. Only that signal goes: the child's
 * other signals stay. Running it again finds nothing, and two runs at once destroy each signal
 * once, because registration checks the signal again under its locks.
 */
@Component
class ArchiveDestructionJob {

    /** The same name registration records as the actor of each destroyed signal. */
    static final String NAME = "destroy-archived-signals";

    private static final Logger log = LoggerFactory.getLogger(ArchiveDestructionJob.class);

    private final SignalRetention retention;
    private final AuditTrail trail;
    private final Clock clock;

    ArchiveDestructionJob(SignalRetention retention, AuditTrail trail, Clock clock) {
        this.retention = retention;
        this.trail = trail;
        this.clock = clock;
    }

    JobRun run() {
        var today = LocalDate.now(clock);
        var due = retention.findArchivedPastPeriod(today);
        int destroyed = 0;
        int failed = 0;
        for (var signalId : due) {
            try {
                if (retention.destroyIfArchivedPastPeriod(signalId, today).isPresent()) {
                    destroyed++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Destroying archived signal {} failed, so the next run tries again", signalId, e);
            }
        }

        var run = new JobRun(UUID.randomUUID(), due.size(), destroyed, failed);
        run.record(trail, NAME);
        log.info(
                "Job {} run {} for {}: {} archived signals past the archive period, {} destroyed, {} failed",
                NAME,
                run.id(),
                today,
                run.candidates(),
                run.ended(),
                run.failed());
        return run;
    }
}
