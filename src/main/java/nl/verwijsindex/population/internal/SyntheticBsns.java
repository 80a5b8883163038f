package nl.verwijsindex.population.internal;

import nl.verwijsindex.bsn.Bsn;

/**
 * Issues the BSNs of the synthetic population: the numbers from 000010000 to 000099999 that pass
 * the 11-test (8,182 of them), in ascending order.
 *
 * <p>RvIG's own test persons use numbers that start with 0000 for fictitious persons, all of them
 * below 000010000, so this range does not overlap the RvIG persons file. NOTE: no official
 * reservation of this range was found, so a synthetic BSN is not guaranteed to be unissued.
 */
final class SyntheticBsns {

    static final int FIRST = 10_000;
    static final int LAST = 99_999;

    /** The first eight digits of the next candidate, as a number. */
    private int nextPrefix = FIRST / 10;

    /**
     * Returns the next number in the range that passes the 11-test. It computes the check digit
     * instead of trying all ten, because this runs thousands of times at every start.
     */
    Bsn next() {
        while (nextPrefix <= LAST / 10) {
            var digits = digits(nextPrefix++ * 10L);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (digits[i] - '0');
            }
            // The 11-test needs sum - check digit to be a multiple of 11, so the check digit is sum mod 11,
            // and a prefix whose remainder is 10 has no valid BSN.
            int check = sum % 11;
            if (check < 10) {
                digits[8] = (char) ('0' + check);
                return Bsn.of(new String(digits));
            }
        }
        throw new IllegalStateException("The synthetic population needs more BSNs than the range "
                + new String(digits(FIRST)) + "-" + new String(digits(LAST)) + " has");
    }

    static boolean contains(Bsn bsn) {
        int number = Integer.parseInt(bsn.digits());
        return number >= FIRST && number <= LAST;
    }

    private static char[] digits(long number) {
        var digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = (char) ('0' + number % 10);
            number /= 10;
        }
        return digits;
    }
}
