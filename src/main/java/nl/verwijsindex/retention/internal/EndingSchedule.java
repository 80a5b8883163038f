package nl.verwijsindex.retention.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the ending jobs on their schedules. Every node schedules them, and ShedLock lets only the
 * node that takes the job's lock row run it, and the others skip that run. The lock is held for
 * at least one minute, so that a node whose clock is a little behind does not run the job again.
 * It is held for at most 30 minutes, so that a node that died during a run blocks the job no longer.
 * A run that takes longer may overlap the next node's run, which expire-signals makes harmless by
 * checking each signal again under its locks.
 * A later job, such as destroying archived signals after five years, gets a method of its own here.
 */
@Component
class EndingSchedule {

    private final SignalExpiryJob signalExpiry;

    EndingSchedule(SignalExpiryJob signalExpiry) {
        this.signalExpiry = signalExpiry;
    }

    @Scheduled(cron = "${verwijsindex.retention.signal-expiry-cron}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(name = SignalExpiryJob.NAME, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void expireSignals() {
        signalExpiry.run();
    }
}
