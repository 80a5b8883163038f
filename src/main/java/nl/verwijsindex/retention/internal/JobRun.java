package nl.verwijsindex.retention.internal;

import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;

/**
 * The counts of one run of an ending job, as its log line and tests read them.
 *
 * @param id the run's id, which its audit entry names as object {@code job-run}
 * @param candidates how many objects the job found due at the start
 * @param ended how many of them this run ended; the others were changed meanwhile or failed
 * @param failed how many failed with an error, which the job logged with the object's id
 */
record JobRun(UUID id, int candidates, int ended, int failed) {

    /** Records the run's one audit entry: a write by the job, with outcome failed when any object failed. */
    void record(AuditTrail trail, String job) {
        var outcome = failed == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILED;
        trail.record(AuditEntry.of(AuditAction.WRITE, outcome, job)
                .by(AuditActor.system(job))
                .about("job-run", id));
    }
}
