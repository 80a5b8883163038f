package nl.verwijsindex.bench.population;

/**
 * A keyed bijection of {@code 0..size-1} onto itself, computed without a table: a four-round
 * Feistel network on the smallest even number of bits that covers {@code size}, applied again
 * until the value falls inside the range (cycle walking). The population uses it so that the
 * members of one household do not get neighbouring BSNs.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final int size;
    private final int halfBits;
    private final int halfMask;
    private final long key;

    Permutation(int size, long key) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1L));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1 << halfBits) - 1;
        this.size = size;
        this.key = key;
    }

    int apply(int value) {
        check(value);
        int result = value;
        do {
            result = forward(result);
        } while (result >= size);
        return result;
    }

    int invert(int value) {
        check(value);
        int result = value;
        do {
            result = backward(result);
        } while (result >= size);
        return result;
    }

    private int forward(int value) {
        int left = value >>> halfBits;
        int right = value & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            int next = left ^ roundFunction(round, right);
            left = right;
            right = next;
        }
        return left << halfBits | right;
    }

    private int backward(int value) {
        int left = value >>> halfBits;
        int right = value & halfMask;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            int previous = right ^ roundFunction(round, left);
            right = left;
            left = previous;
        }
        return left << halfBits | right;
    }

    private int roundFunction(int round, int half) {
        return (int) Mix.mix(key, round, half) & halfMask;
    }

    private void check(int value) {
        if (value < 0 || value >= size) {
            throw new IndexOutOfBoundsException(value + " is outside 0.." + (size - 1));
        }
    }
}
