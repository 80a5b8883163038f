/** Sending queued messages: claiming, retrying with back-off, metrics and the dispatch schedule. */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification.dispatch;
