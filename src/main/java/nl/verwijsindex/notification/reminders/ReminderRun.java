package nl.verwijsindex.notification.reminders;

import java.util.UUID;

/**
 * The counts of one run of the reminder job, as its log line and tests read them.
 *
 * @param id the run's id, which its audit entry names as object {@code job-run}
 * @param informingCandidates active signals without recorded informing that were old enough and
 *     had no informing reminder yet
 * @param informingQueued informing reminders this run queued
 * @param endingCandidates active signals whose end date is near
 * @param endingQueued ending reminders this run queued; the other candidates had one for that end date
 * @param failed candidates that failed with an error, which the job logged with the signal's id
 */
record ReminderRun(
        UUID id, int informingCandidates, int informingQueued, int endingCandidates, int endingQueued, int failed) {}
