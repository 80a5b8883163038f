package nl.verwijsindex.bsn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A citizen service number (burgerservicenummer): nine digits that pass the 11-test.
 *
 * <p>{@link #toString()} masks the digits so that a BSN cannot reach a log line by accident; call
 * {@link #digits()} only where the number itself must be used (pseudonymisation, the population
 * register).
 */
public final class Bsn {

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /**
     * Returns the BSN for the given text.
     *
     * @throws InvalidBsnException when the text is not nine digits or fails the 11-test
     */
    public static Bsn of(String text) {
        return parse(text).orElseThrow(InvalidBsnException::new);
    }

    /** Returns the BSN when the text is nine digits that pass the 11-test, otherwise empty. */
    public static Optional<Bsn> parse(String text) {
        return isValid(text) ? Optional.of(new Bsn(text)) : Optional.empty();
    }

    /**
     * Checks the format and the 11-test: the first eight digits weighted 9 down to 2, minus the
     * last digit, must be a multiple of 11. A number of nine zeros passes the sum but is no BSN.
     */
    public static boolean isValid(String text) {
        if (text.length() != 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (text.charAt(i) - '0');
        }
        sum -= text.charAt(8) - '0';

        return sum % 11 == 0 && !text.equals("000000000");
    }

    /**
     * Checks whether free text contains something that looks like a BSN, so that forms can keep
     * BSNs out of names, phone numbers and references. Digits of any script count as 0 to 9. People
     * split long numbers with spaces, dots or hyphens ({@code 999 970 045}), so the digit groups
     * between two letters are taken together: every run of neighbouring groups with 8 or 9 digits
     * in all is padded with leading zeros to 9 digits, because a BSN is often written without its
     * leading zero, and checked with the 11-test. A group next to other groups therefore counts on
     * its own too ({@code NR 1 000010029}).
     *
     * <p>NOTE: about one in eleven 8- or 9-digit numbers that are no BSN pass the 11-test too, such
     * as some 0800 numbers of 8 digits; the check rejects those as well. A BSN inside one longer
     * unbroken number ({@code 1000010029}) is not found, because every long number would then fail.
     */
    public static boolean appearsIn(String text) {
        var groups = new ArrayList<String>();
        var group = new StringBuilder();
        for (int codePoint :
                Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().toArray()) {
            if (Character.isDigit(codePoint)) {
                group.append((char) ('0' + Character.digit(codePoint, 10)));
                continue;
            }
            if (!group.isEmpty()) {
                groups.add(group.toString());
                group.setLength(0);
            }
            if (Character.isLetter(codePoint)) {
                if (containsBsn(groups)) {
                    return true;
                }
                groups.clear();
            }
        }
        if (!group.isEmpty()) {
            groups.add(group.toString());
        }
        return containsBsn(groups);
    }

    /**
     * Checks whether all digits of a number as typed, taken together, are a BSN, padded with
     * leading zeros when there are 8. Phone numbers use this check instead of {@link #appearsIn},
     * because their groups ({@code 06 1111 1112}) would often contain an 8-digit run that passes
     * the 11-test by chance.
     */
    public static boolean formsDigitsOf(String number) {
        var digits = new StringBuilder();
        Normalizer.normalize(number, Normalizer.Form.NFKC)
                .codePoints()
                .filter(Character::isDigit)
                .forEach(codePoint -> {
                    digits.append((char) ('0' + Character.digit(codePoint, 10)));
                });
        return (digits.length() == 8 || digits.length() == 9) && isValid("0".repeat(9 - digits.length()) + digits);
    }

    /** Checks every run of neighbouring digit groups with 8 or 9 digits in all. */
    private static boolean containsBsn(List<String> groups) {
        for (int first = 0; first < groups.size(); first++) {
            var digits = new StringBuilder();
            for (int last = first;
                    last < groups.size() && digits.length() + groups.get(last).length() <= 9;
                    last++) {
                digits.append(groups.get(last));
                if (digits.length() >= 8 && isValid("0".repeat(9 - digits.length()) + digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
