/**
 * Match notifications, invitation emails, reminders and move notices. Every
 * {@link nl.verwijsindex.matching.ProfessionalsMatched} becomes one email to the recipient with the contact details of
 * the other professionals, and every {@link nl.verwijsindex.access.AccountInvited} one email with the invitation
 * link. A daily job reminds the professional of a signal to record informing and to decide about
 * extending it, and every {@link nl.verwijsindex.registration.ChildMoved} becomes one email to the coordinator of the
 * municipality the child moved to. Every {@link nl.verwijsindex.coordination.CoordinationChanged} becomes one email to
 * each member it names. Messages are queued in the transaction that made the match,
 * invitation, reminder or move (a transactional outbox) and sent after the commit, by SMTP or, without SMTP
 * settings, as {@code .eml} files in {@code <data dir>/outbox}. Failed messages are retried with
 * back-off until they are sent, and an operator is alerted after 10 failed attempts. Messages
 * about a destroyed signal are cancelled or deleted.
 *
 * <p>The module reacts to events of the matching and registration modules, of the access module for
 * invitations and of the coordination module, whose open proposals the match email names. Its one
 * API, {@link nl.verwijsindex.notification.DemoHistoryOutbox}, lets the demo withhold the emails of
 * its generated year.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification;
