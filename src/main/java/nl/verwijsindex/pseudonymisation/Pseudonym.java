package nl.verwijsindex.pseudonymisation;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A keyed pseudonym of a BSN: equal BSNs under the same key version give equal pseudonyms, and
 * nobody without the key can compute one.
 *
 * @param keyVersion the version of the pseudonymisation key
 * @param value the 32-byte HMAC-SHA-256
 */
public record Pseudonym(int keyVersion, byte[] value) {

    public Pseudonym {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** Returns a 64-bit number from the pseudonym, for use as a PostgreSQL advisory lock key. */
    public long lockKey() {
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (value[i] & 0xff);
        }
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pseudonym pseudonym
                && pseudonym.keyVersion == keyVersion
                && Arrays.equals(pseudonym.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * keyVersion + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Pseudonym[v" + keyVersion + ":" + HexFormat.of().formatHex(value, 0, 4) + "…]";
    }
}
