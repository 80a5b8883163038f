package nl.verwijsindex.pseudonymisation.internal;

import java.util.Base64;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Versioned secret keys parsed from {@code version:base64key} pairs separated by commas, for
 * example {@code 1:3q2+7w...,2:Zm9v...}. The highest version is used for new values; older ones
 * stay to read what they made.
 */
record KeyRing(String name, NavigableMap<Integer, byte[]> keys) {

    static final int KEY_LENGTH = 32;

    KeyRing {
        keys = Collections.unmodifiableNavigableMap(new TreeMap<>(keys));
    }

    static KeyRing parse(String name, String text) {
        var keys = new TreeMap<Integer, byte[]>();
        for (String entry : text.split(",")) {
            var parts = entry.trim().split(":", 2);
            if (parts.length != 2) {
                throw invalid(name, "each key is written as version:base64key");
            }
            int version = parseVersion(name, parts[0]);
            byte[] key = decode(name, parts[1]);
            if (keys.put(version, key) != null) {
                throw invalid(name, "key version " + version + " appears twice");
            }
        }
        return new KeyRing(name, keys);
    }

    int currentVersion() {
        return keys.lastKey();
    }

    byte[] current() {
        return keys.lastEntry().getValue();
    }

    byte[] version(int version) {
        var key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No " + name + " key has version " + version
                    + "; add it to the configured keys so existing values can be read");
        }
        return key;
    }

    String format() {
        var text = new StringBuilder();
        keys.forEach((version, key) -> text.append(text.isEmpty() ? "" : ",")
                .append(version)
                .append(':')
                .append(Base64.getEncoder().encodeToString(key)));
        return text.toString();
    }

    private static int parseVersion(String name, String text) {
        try {
            int version = Integer.parseInt(text.trim());
            if (version < 1 || version > Short.MAX_VALUE) {
                throw invalid(name, "key version " + version + " is not between 1 and " + Short.MAX_VALUE);
            }
            return version;
        } catch (NumberFormatException e) {
            throw invalid(name, "key version '" + text.trim() + "' is not a whole number");
        }
    }

    private static byte[] decode(String name, String text) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "a key is not valid base64");
        }
        if (key.length != KEY_LENGTH) {
            throw invalid(
                    name,
                    "a key decodes to " + key.length + " bytes, expected " + KEY_LENGTH
                            + " (generate one with: openssl rand -base64 32)");
        }
        return key;
    }

    private static IllegalArgumentException invalid(String name, String reason) {
        return new IllegalArgumentException("Invalid " + name + " keys: " + reason);
    }
}
