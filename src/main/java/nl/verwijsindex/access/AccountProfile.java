package nl.verwijsindex.access;

import java.util.Locale;
import java.util.UUID;

/**
 * The profile details of an account that {@link SignedInAccount} does not carry.
 *
 * @param language the language of the account's emails and, after login, of its pages
 * @param unusedRecoveryCodes how many recovery codes can still replace a TOTP code
 */
public record AccountProfile(UUID id, String email, Locale language, int unusedRecoveryCodes) {}
