package nl.verwijsindex.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verwijsindex.access.WeakPasswordException;
import org.springframework.core.io.ClassPathResource;

/**
 * Rejects a password shorter than 12 characters, or one on the list of common passwords in {@code
 * access/common-passwords.txt} (compared ignoring case). Length counts Unicode code points.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        try (var input = new ClassPathResource("access/common-passwords.txt").getInputStream()) {
            commonPasswords = new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read access/common-passwords.txt", e);
        }
    }

    void check(String password) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new WeakPasswordException("The password is shorter than " + MINIMUM_LENGTH + " characters");
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException("The password is on the list of common passwords; choose another");
        }
    }
}
