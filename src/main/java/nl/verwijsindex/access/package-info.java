/**
 * Who may call the index: API clients of organisations, each with its own bearer token. Only a
 * hash of a token is stored.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.access;
