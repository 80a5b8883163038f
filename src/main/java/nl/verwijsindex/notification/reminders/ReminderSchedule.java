package nl.verwijsindex.notification.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the reminder job on its schedule, {@code VERWIJSINDEX_REMINDER_CRON}. Every node schedules
 * it, and ShedLock lets only the node that takes the lock row run it. The lock is held for at least
 * {@code VERWIJSINDEX_JOB_LOCK_AT_LEAST_FOR} (one minute by default), so that a node whose clock is a
 * little behind does not run the job again, and for at most 30 minutes. Runs that overlap anyway
 * queue each reminder once, through the unique keys of {@code signal_reminders}.
 */
@Component
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderSchedule {

    private final ReminderJob job;

    ReminderSchedule(ReminderJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${verwijsindex.reminders.cron}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(
            name = ReminderJob.NAME,
            lockAtLeastFor = "${verwijsindex.scheduling.lock-at-least-for}",
            lockAtMostFor = "PT30M")
    public void sendReminders() {
        job.run();
    }
}
