package nl.verwijsindex.retention.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the ending jobs on their schedules. Every node schedules them, and ShedLock lets only the
 * node that takes the job's lock row run it, and the others skip that run. The lock is held for
 * at least {@code VERWIJSINDEX_JOB_LOCK_AT_LEAST_FOR} (one minute by default), so that a node whose
 * clock is a little behind does not run the job again.
 * It is held for at most 30 minutes, so that a node that died during a run blocks the job no longer.
 * A run that takes longer may overlap the next node's run, which every job makes harmless by
 * checking each signal again under its locks.
 */
@Component
class EndingSchedule {

    private final SignalExpiryJob signalExpiry;
    private final TwentyThirdBirthdayJob twentyThirdBirthday;
    private final ArchiveDestructionJob archiveDestruction;

    EndingSchedule(
            SignalExpiryJob signalExpiry,
            TwentyThirdBirthdayJob twentyThirdBirthday,
            ArchiveDestructionJob archiveDestruction) {
        this.signalExpiry = signalExpiry;
        this.twentyThirdBirthday = twentyThirdBirthday;
        this.archiveDestruction = archiveDestruction;
    }

    @Scheduled(cron = "${verwijsindex.retention.signal-expiry-cron}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(
            name = SignalExpiryJob.NAME,
            lockAtLeastFor = "${verwijsindex.scheduling.lock-at-least-for}",
            lockAtMostFor = "PT30M")
    public void expireSignals() {
        signalExpiry.run();
    }

    @Scheduled(cron = "${verwijsindex.retention.age-limit-cron}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(
            name = TwentyThirdBirthdayJob.NAME,
            lockAtLeastFor = "${verwijsindex.scheduling.lock-at-least-for}",
            lockAtMostFor = "PT30M")
    public void destroyChildrenTurned23() {
        twentyThirdBirthday.run();
    }

    @Scheduled(cron = "${verwijsindex.retention.archive-destruction-cron}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(
            name = ArchiveDestructionJob.NAME,
            lockAtLeastFor = "${verwijsindex.scheduling.lock-at-least-for}",
            lockAtMostFor = "PT30M")
    public void destroyArchivedSignals() {
        archiveDestruction.run();
    }
}
