/**
 * The audit trail: one entry for every read, write, search, export, notification and login, with
 * who acted, on whose behalf, from where, on which object, about which child (as a pseudonym,
 * never a BSN) and why. Entries are chained by SHA-256 hashes, and the application's database role
 * can only append them and give each its place in the chain once. Other modules write entries
 * through {@link nl.verwijsindex.audit.AuditTrail}.
 *
 * <p>Each use case records one entry, as its last step. A list read names the professional,
 * organisation or municipality whose list it showed. A read or change of one signal names the signal
 * and its child's pseudonym. A page that only shows an empty form, or only the logged-in account's
 * own session, is no use case and records nothing.
 *
 * <p>A use case that changes data commits its success entry in the same transaction as the change,
 * so that neither is stored without the other. Registration and the email dispatchers record inside
 * their own transaction; the pages and API endpoints run the service call and the entry through
 * {@link nl.verwijsindex.audit.AuditedChange}. A read changes nothing that could be lost, so a page
 * or endpoint that only reads records its entry in a transaction of its own after the read. Spring
 * Session deletes a session row in a transaction of its own, so a logout records its entry before
 * the session ends, and a password change can end the account's other sessions even when the
 * change itself rolls back.
 *
 * <p>Entries are chained after commit. The recording transaction inserts the entry without a
 * sequence number or hashes, and takes no lock, so use cases that record entries run and commit
 * side by side. Right after the commit a background worker on the node takes the append lock (a
 * PostgreSQL advisory lock) and reads the last chained entry. It then gives every committed
 * unchained entry, of any node, the next sequence number and its hashes in one batch, in the order
 * the entries were inserted. Under load one run chains the entries of many transactions. Each node's
 * worker also sweeps every few seconds, so an entry whose node stopped before chaining it is
 * chained by another node or at the next start. The change and its entry still commit together;
 * only the entry's place in the chain comes later. The chain's order is the order of chaining, so
 * an entry's time can be a little earlier than that of the entry before it. Verification, the audit
 * page and the inspection letter chain the committed entries first, so they see every one of them.
 * The application's database role may set the three chain columns of an unchained entry once, or
 * set aside a row whose values do not form an entry, and a trigger rejects every other change.
 *
 * <p>Rejected steps follow one rule. When a logged-in account or an authenticated API client attempts
 * a use case and a check in that use case refuses it, the entry has outcome {@code rejected}: the
 * object is not found or not the caller's (404), the input is invalid (400 or 422), or the object's
 * state does not allow the step (409). It names the object requested when the request named one by
 * a valid id, and its child only when the object was read. A use case that stopped because a
 * dependency failed, such as an unreachable population register (503), has outcome {@code failed}.
 * A request refused before any use case runs records nothing, because no use case was attempted:
 * a 401 or 403 from the role check, a path id that is no UUID, or an API body that is not JSON. The
 * exception is an API request with an unknown or revoked bearer token, which is recorded as a
 * {@code login-failed} entry with outcome {@code rejected} and the origin address, never the token.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.audit;
