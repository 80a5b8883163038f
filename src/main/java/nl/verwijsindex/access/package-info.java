/**
 * Access to the index: API clients of organisations, each with its own bearer token, and login
 * accounts of the web application, which log in with a password and a TOTP code. Only hashes of
 * tokens, passwords and recovery codes are stored, and TOTP secrets only encrypted.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.access;
