package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One-time recovery codes: 16 characters of base32 (80 random bits) in groups of four, such as
 * {@code k3m7-q2xa-...}. That many random bits make a plain SHA-256 enough to store them.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int LENGTH = 16;
    private static final SecureRandom random = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> generateOne()).toList();
    }

    /** Hashes a code as typed, ignoring case, spaces and hyphens. */
    static byte[] hash(String code) {
        var normalised = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String generateOne() {
        var code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
