package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Tokens of invitation links: 32 random bytes (256 bits) in unpadded base64url, 43 characters.
 * With that many random bits a plain SHA-256 is enough to store them.
 */
final class InvitationTokens {

    /** The form of a token; anything else is rejected before the database is asked. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final int BYTES = 32;
    private static final SecureRandom random = new SecureRandom();

    private InvitationTokens() {}

    static String generate() {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
