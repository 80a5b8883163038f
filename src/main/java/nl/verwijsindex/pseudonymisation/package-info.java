/**
 * Keeps BSNs out of the database: a keyed pseudonym (HMAC-SHA-256) to match on, and an
 * authenticated encryption (AES-256-GCM) for the few places that must show the number. Every
 * stored value carries the version of the key that made it, so keys can be rotated.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.pseudonymisation;
