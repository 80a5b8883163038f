package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.registration.SignalExpiry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves every active signal whose end date is before today to the archive, each in a transaction
 * of its own, so that one failing signal does not keep the others active. Running it again on the
 * same day finds nothing to do, and two runs at once archive each signal once, because registration
 * checks the signal again under its locks.
 */
@Component
class SignalExpiryJob {

    static final String NAME = "expire-signals";

    private static final Logger log = LoggerFactory.getLogger(SignalExpiryJob.class);

    private final SignalExpiry expiry;
    private final AuditTrail trail;
    private final Clock clock;

    SignalExpiryJob(SignalExpiry expiry, AuditTrail trail, Clock clock) {
        this.expiry = expiry;
        this.trail = trail;
        this.clock = clock;
    }

    JobRun run() {
        var today = LocalDate.now(clock);
        var due = expiry.findPastEndDate(today);
        int archived = 0;
        int failed = 0;
        for (var signalId : due) {
            try {
                if (expiry.archiveIfPastEndDate(signalId, today)) {
                    archived++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("Archiving signal {} past its end date failed, so the next run tries it again", signalId, e);
            }
        }

        var run = new JobRun(UUID.randomUUID(), due.size(), archived, failed);
        run.record(trail, NAME);
        log.info(
                "Job {} run {} for {}: {} signals past their end date, {} archived, {} failed",
                NAME,
                run.id(),
                today,
                run.candidates(),
                run.ended(),
                run.failed());
        return run;
    }
}
