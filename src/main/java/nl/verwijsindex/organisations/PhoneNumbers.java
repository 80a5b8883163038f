package nl.verwijsindex.organisations;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks phone numbers that professionals give for their contact details. Spaces, hyphens, dots
 * and brackets are allowed between the digits. A number is either Dutch, with 10 digits from the
 * leading 0 (such as {@code 070 123 4567}) or a 0800/0900 service number of 8 to 11 digits, or
 * international, with a {@code +} and 8 to 15 digits, as ITU-T E.164 allows at most. A Dutch
 * number written internationally has exactly 9 digits after {@code +31}.
 */
public final class PhoneNumbers {

    /** Maximum length of a number as typed, separators included. */
    public static final int MAXIMUM_LENGTH = 30;

    /** Spaces (also non-breaking), dots, brackets and hyphens; never line breaks or other controls. */
    private static final Pattern SEPARATORS = Pattern.compile("[ \\u00a0.()-]");

    private static final Pattern DUTCH = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern SERVICE = Pattern.compile("0[89]0[0-9][0-9]{4,7}");
    private static final Pattern DUTCH_INTERNATIONAL = Pattern.compile("\\+31[1-9][0-9]{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private PhoneNumbers() {}

    /**
     * Returns the number as typed, with surrounding spaces removed, when it is valid, or empty when
     * it is not. The caller treats a blank input as "no phone number" before calling this.
     */
    public static Optional<String> validate(String typed) {
        var trimmed = typed.strip();
        if (trimmed.length() > MAXIMUM_LENGTH) {
            return Optional.empty();
        }
        var digits = SEPARATORS.matcher(trimmed).replaceAll("");
        boolean valid = DUTCH.matcher(digits).matches()
                || SERVICE.matcher(digits).matches()
                || (digits.startsWith("+31")
                        ? DUTCH_INTERNATIONAL.matcher(digits).matches()
                        : INTERNATIONAL.matcher(digits).matches());
        return valid ? Optional.of(trimmed) : Optional.empty();
    }
}
