package nl.verwijsindex.notification.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders are due, from {@code VERWIJSINDEX_INFORMING_REMINDER_DAYS} and
 * {@code VERWIJSINDEX_ENDING_REMINDER_DAYS}.
 *
 * @param informingDays days after the registration date from which a signal without recorded
 *     informing gets its reminder
 * @param endingDays days before the end date from which a signal gets its ending reminder; the
 *     end date itself counts as 0 days away
 */
@ConfigurationProperties("verwijsindex.reminders")
record ReminderSettings(int informingDays, int endingDays) {

    /** Maximum number of days of either period, because a signal runs at most two years. */
    static final int MAXIMUM_DAYS = 730;

    ReminderSettings {
        if (informingDays < 1 || informingDays > MAXIMUM_DAYS) {
            throw new IllegalArgumentException("Invalid informing reminder days " + informingDays
                    + ": set VERWIJSINDEX_INFORMING_REMINDER_DAYS to a number of days from 1 to " + MAXIMUM_DAYS);
        }
        if (endingDays < 1 || endingDays > MAXIMUM_DAYS) {
            throw new IllegalArgumentException("Invalid ending reminder days " + endingDays
                    + ": set VERWIJSINDEX_ENDING_REMINDER_DAYS to a number of days from 1 to " + MAXIMUM_DAYS);
        }
    }
}
