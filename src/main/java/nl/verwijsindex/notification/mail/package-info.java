/** Composing a notification email from templates and delivering it by SMTP or to the outbox folder. */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification.mail;
