/** The {@code notification_messages} table and the listeners that fill and cancel its rows. */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification.outbox;
