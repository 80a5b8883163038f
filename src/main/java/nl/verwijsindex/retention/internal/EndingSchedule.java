package nl.verwijsindex.retention.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the ending jobs on their schedules. Every node schedules them, and ShedLock lets only the
 * node that takes the job's lock row run it; the others skip that run. The lock is held for at
 * least one minute, so that a node whose clock is a little behind does not run the job again, and
 * for at most 30 minutes, after which a node that died while running it no longer blocks the job.
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
