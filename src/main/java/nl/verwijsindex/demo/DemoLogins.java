package nl.verwijsindex.demo;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.PasswordHash;

/**
 * Gives demo accounts a random password and a new TOTP secret: creates the account when it does
 * not exist, and otherwise replaces its credentials, because the database keeps only their hashes.
 */
final class DemoLogins {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    private final Accounts accounts;
    private final Deque<HashedPassword> prepared = new ArrayDeque<>();

    DemoLogins(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Generates and hashes the passwords of the next {@code count} calls of {@link #issue} on the
     * common fork-join pool and the calling thread. A demo region has about two dozen accounts, and
     * hashing their passwords one after another took most of the demo seeding on 2 cores.
     */
    void preparePasswords(int count) {
        var hashed = IntStream.range(0, count)
                .parallel()
                .mapToObj(i -> hashNewPassword())
                .toList();
        prepared.addAll(hashed);
    }

    /** Issues a login with a password from {@link #preparePasswords}, or a new one when none is left. */
    Login issue(NewAccount account) {
        var password = Objects.requireNonNullElseGet(prepared.poll(), this::hashNewPassword);
        var enrolment = accounts.findByEmail(account.email())
                .map(id -> accounts.resetCredentials(id, password.hash()))
                .orElseGet(() -> accounts.create(account, password.hash()));
        return new Login(enrolment, password.password());
    }

    private HashedPassword hashNewPassword() {
        var password = generatePassword();
        return new HashedPassword(password, accounts.hashPassword(password));
    }

    boolean exists(String email) {
        return accounts.findByEmail(email).isPresent();
    }

    /** Returns the administrator's email address in the domain of another address, such as {@code beheer@jgz.example}. */
    static String administratorEmail(String addressInDomain) {
        return "beheer@"
                + addressInDomain.substring(addressInDomain.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** Generates 4 groups of 5 characters (about 100 bits), such as {@code k3m9x-...}. */
    private static String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    record Login(Enrolment enrolment, String password) {}

    private record HashedPassword(String password, PasswordHash hash) {}
}
