/**
 * The audit trail: one entry for every read, write, search, export, notification and login, with
 * who acted, on whose behalf, from where, on which object, about which child (as a pseudonym,
 * never a BSN) and why. Entries are chained by SHA-256 hashes and the application's database role can only
 * append them. Other modules write entries through {@link nl.verwijsindex.audit.AuditTrail}.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.audit;
