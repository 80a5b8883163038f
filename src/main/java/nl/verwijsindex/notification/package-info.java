/**
 * Match notifications and invitation emails. Every {@link nl.verwijsindex.matching.ProfessionalsMatched}
 * becomes one email to the recipient with the contact details of the other professionals, and
 * every {@link nl.verwijsindex.access.AccountInvited} one email with the invitation
 * link. Messages are queued in the transaction that made the match or invitation (a transactional
 * outbox) and sent after the commit, by SMTP or, without SMTP
 * settings, as {@code .eml} files in {@code <data dir>/outbox}. Failed messages are retried with
 * back-off until they are sent, and an operator is alerted after 10 failed attempts. Messages
 * about a destroyed signal are cancelled.
 *
 * <p>The module offers no API of its own: it reacts to events of the matching and registration
 * modules, and of the access module for invitations.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.notification;
