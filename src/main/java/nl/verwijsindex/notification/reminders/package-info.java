/**
 * The daily job that queues reminders to the professionals of active signals: to record informing
 * the parents or child (or its postponement) once a signal is {@code VERWIJSINDEX_INFORMING_REMINDER_DAYS}
 * days old, and to decide about extending a signal once its end date is {@code VERWIJSINDEX_ENDING_REMINDER_DAYS}
 * days away or less. The outbox sends them.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification.reminders;
