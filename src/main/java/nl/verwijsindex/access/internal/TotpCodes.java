package nl.verwijsindex.access.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TOTP codes as RFC 6238 and authenticator apps define them by default: HMAC-SHA-1, 6 digits, a
 * time step of 30 seconds. A code of the step before or after the current one is accepted too,
 * so that a phone clock that is a little off still works.
 */
final class TotpCodes {

    static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final int STEP_SECONDS = 30;
    private static final int ALLOWED_STEPS_OFF = 1;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** Generates a secret of 32 base32 characters (160 bits). */
    String generateSecret() {
        return secrets.generate();
    }

    /**
     * Returns the time step whose code this is, when it is a step after {@code lastUsedStep}, so
     * that the caller can store it and a code never logs in twice.
     */
    OptionalLong matchingStep(String secret, String code, long lastUsedStep) {
        if (!CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = clock.instant().getEpochSecond() / STEP_SECONDS;
        var typed = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = current - ALLOWED_STEPS_OFF; step <= current + ALLOWED_STEPS_OFF; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(typed, codeBytes(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private byte[] codeBytes(String secret, long step) {
        try {
            return generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }
}
