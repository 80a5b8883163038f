package nl.verwijsindex.bench.load;

/** Nearest-rank percentiles of sorted values. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * Returns the smallest value that at least {@code percent} of the values do not exceed, or 0 for
     * no values.
     */
    public static long of(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
