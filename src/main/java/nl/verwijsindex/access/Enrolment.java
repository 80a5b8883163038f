package nl.verwijsindex.access;

import java.util.List;
import java.util.UUID;

/**
 * The second factor of a new or reset account. It is shown once: the database keeps the TOTP
 * secret encrypted and only hashes of the recovery codes.
 *
 * @param totpSecret the TOTP secret in base32, for an authenticator app (SHA-1, 6 digits, 30 seconds)
 * @param recoveryCodes codes that each replace a TOTP code once
 */
public record Enrolment(UUID accountId, String totpSecret, List<String> recoveryCodes) {

    @Override
    public String toString() {
        return "Enrolment[accountId=" + accountId + ", totpSecret=(hidden), recoveryCodes=(hidden)]";
    }
}
