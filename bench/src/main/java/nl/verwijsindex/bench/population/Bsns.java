package nl.verwijsindex.bench.population;

/**
 * Maps the slots 0, 1, 2, ... of the population to BSNs that pass the 11-test, and back.
 *
 * <p>A BSN's first seven digits form a block. For a block whose weighted digit sum is {@code S},
 * the eighth digit {@code d} (weight 2) gives the check digit {@code (S + 2d) mod 11}, which is
 * valid when it is at most 9. The ten values of {@code d} give ten different remainders, so at
 * least nine of them are valid in every block. Slot {@code s} takes the {@code (s mod 9)}-th valid
 * eighth digit of block {@code FIRST_BLOCK + s / 9}, which makes the mapping a bijection that
 * needs no table.
 *
 * <p>The blocks start at {@code 3000000}, so the BSNs start with {@code 30}. RvIG's test persons
 * (the BRP API mock data of 2024-06-11) use numbers that start with 000, 010, 100, 799, 900 and
 * 999, so none of them is in this range. NOTE: these numbers are not reserved for tests, so a real
 * person may hold one. The benchmark only sends them to its own stub and its own index.
 */
final class Bsns {

    static final int FIRST_BLOCK = 3_000_000;
    static final int SLOTS_PER_BLOCK = 9;
    private static final int LAST_BLOCK = 9_999_999;

    private Bsns() {}

    /** Returns the largest number of slots that the range holds. */
    static long capacity() {
        return (long) (LAST_BLOCK - FIRST_BLOCK + 1) * SLOTS_PER_BLOCK;
    }

    static String bsn(int slot) {
        int block = FIRST_BLOCK + slot / SLOTS_PER_BLOCK;
        int rank = slot % SLOTS_PER_BLOCK;
        int sum = blockSum(block);
        for (int eighth = 0; eighth <= 9; eighth++) {
            int check = (sum + 2 * eighth) % 11;
            if (check <= 9 && rank-- == 0) {
                return format(block, eighth, check);
            }
        }
        throw new IllegalStateException("Block " + block + " has fewer than 9 valid BSNs");
    }

    /** Returns the slot of a BSN of this range, or -1 when the text is not one. */
    static int slot(String bsn) {
        if (bsn == null || bsn.length() != 9 || !bsn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int number = Integer.parseInt(bsn);
        int block = number / 100;
        int eighth = number / 10 % 10;
        int check = number % 10;
        if (block < FIRST_BLOCK) {
            return -1;
        }
        int sum = blockSum(block);
        if ((sum + 2 * eighth) % 11 != check) {
            return -1;
        }

        int rank = 0;
        for (int earlier = 0; earlier < eighth; earlier++) {
            if ((sum + 2 * earlier) % 11 <= 9) {
                rank++;
            }
        }
        return rank < SLOTS_PER_BLOCK ? (block - FIRST_BLOCK) * SLOTS_PER_BLOCK + rank : -1;
    }

    /** Checks the 11-test: the first eight digits weighted 9 down to 2, minus the last, are a multiple of 11. */
    static boolean passesElevenTest(String bsn) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** Returns the weighted sum of the seven digits of a block (weights 9 down to 3), modulo 11. */
    private static int blockSum(int block) {
        int sum = 0;
        int weight = 3;
        for (int rest = block; weight <= 9; rest /= 10, weight++) {
            sum += weight * (rest % 10);
        }
        return sum % 11;
    }

    private static String format(int block, int eighth, int check) {
        var digits = new char[9];
        digits[8] = (char) ('0' + check);
        digits[7] = (char) ('0' + eighth);
        for (int i = 6, rest = block; i >= 0; i--, rest /= 10) {
            digits[i] = (char) ('0' + rest % 10);
        }
        return new String(digits);
    }
}
