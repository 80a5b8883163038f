package nl.verwijsindex.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
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
        var problem = problem(password);
        if (problem.isPresent()) {
            throw new WeakPasswordException(
                    problem.get() == Problem.TOO_SHORT
                            ? "The password is shorter than " + MINIMUM_LENGTH + " characters"
                            : "The password is on the list of common passwords; choose another");
        }
    }

    /** Returns what is wrong with the password, or empty when the policy accepts it. */
    Optional<Problem> problem(String password) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.COMMON);
        }
        return Optional.empty();
    }

    /**
     * Returns what is wrong with the password of the account with this email address: the problems
     * of {@link #problem(String)}, or that the password contains the email address or the part
     * before its {@code @} (when that part has 4 or more characters), ignoring case.
     */
    Optional<Problem> problem(String password, String email) {
        var general = problem(password);
        if (general.isPresent()) {
            return general;
        }
        var lowerPassword = password.toLowerCase(Locale.ROOT);
        var lowerEmail = email.strip().toLowerCase(Locale.ROOT);
        var localPart = lowerEmail.substring(0, Math.max(0, lowerEmail.indexOf('@')));
        if (lowerPassword.contains(lowerEmail) || (localPart.length() >= 4 && lowerPassword.contains(localPart))) {
            return Optional.of(Problem.CONTAINS_EMAIL);
        }
        return Optional.empty();
    }

    /** A reason to reject a password, with the code that form pages use in their message keys. */
    enum Problem {
        TOO_SHORT("password-too-short"),
        COMMON("password-common"),
        CONTAINS_EMAIL("password-contains-email");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
