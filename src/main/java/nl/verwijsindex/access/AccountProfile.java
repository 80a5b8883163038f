package nl.verwijsindex.access;

import java.util.Locale;
import java.util.UUID;

/**
 * What the profile page shows of an account, besides what {@link SignedInAccount} already has.
 *
 * @param language the language of the account's emails and, after login, of its pages
 * @param unusedRecoveryCodes how many recovery codes can still replace a TOTP code
 */
public record AccountProfile(UUID id, String email, Locale language, int unusedRecoveryCodes) {}
