package nl.verwijsindex.bsn;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen service number (burgerservicenummer): nine digits that pass the 11-test.
 *
 * <p>{@link #toString()} masks the digits so that a BSN cannot reach a log line by accident; call
 * {@link #digits()} only where the number itself must be used (pseudonymisation, the population
 * register).
 */
public final class Bsn {

    /** A run of 8 or 9 digits that is not part of a longer number. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d{8,9}(?!\\d)");

    /** Anything but letters between two digits: spaces, dots, hyphens, commas, underscores and the like. */
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[^\\p{L}\\d]+(?=\\d)");

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
     * BSNs out of names, phone numbers and references. Digits of any script count as 0 to 9, and
     * digits separated by anything but letters are joined, as people write long numbers
     * ({@code 999 970 045}, {@code 999.970.045}). Each resulting run of 8 or 9 digits is padded
     * with leading zeros to 9 digits and checked with the 11-test, because a BSN with a leading
     * zero is often written without it.
     *
     * <p>NOTE: about one in eleven 8- or 9-digit numbers that are no BSN pass the 11-test too, such
     * as some 0800 numbers of 8 digits; the check rejects those as well.
     */
    public static boolean appearsIn(String text) {
        var asciiDigits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(codePoint -> {
            if (Character.isDigit(codePoint)) {
                asciiDigits.append((char) ('0' + Character.digit(codePoint, 10)));
            } else {
                asciiDigits.appendCodePoint(codePoint);
            }
        });
        var joined = DIGIT_SEPARATORS.matcher(asciiDigits).replaceAll("");

        return DIGIT_RUN
                .matcher(joined)
                .results()
                .map(run -> "0".repeat(9 - run.group().length()) + run.group())
                .anyMatch(Bsn::isValid);
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
