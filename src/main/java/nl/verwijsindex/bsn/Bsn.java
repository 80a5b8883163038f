package nl.verwijsindex.bsn;

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
