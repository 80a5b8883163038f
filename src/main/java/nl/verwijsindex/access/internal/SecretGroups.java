package nl.verwijsindex.access.internal;

import java.util.ArrayList;

/** Splits a base32 TOTP secret into groups of four characters, which are easier to type by hand. */
final class SecretGroups {

    private static final int GROUP_LENGTH = 4;

    private SecretGroups() {}

    static String of(String secret) {
        var groups = new ArrayList<String>();
        for (int start = 0; start < secret.length(); start += GROUP_LENGTH) {
            groups.add(secret.substring(start, Math.min(start + GROUP_LENGTH, secret.length())));
        }
        return String.join(" ", groups);
    }
}
