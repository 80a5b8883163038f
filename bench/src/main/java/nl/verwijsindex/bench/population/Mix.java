package nl.verwijsindex.bench.population;

/** Derives independent 64-bit seeds from a seed and a few numbers, with the SplitMix64 finaliser. */
public final class Mix {

    private Mix() {}

    public static long mix(long seed, long... values) {
        long state = finalise(seed ^ 0x9E3779B97F4A7C15L);
        for (long value : values) {
            state = finalise(state + 0x9E3779B97F4A7C15L * (value + 1));
        }
        return state;
    }

    private static long finalise(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
