package nl.verwijsindex.demo;

import java.security.SecureRandom;
import java.util.Locale;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;

/**
 * Gives demo accounts a random password and a new TOTP secret: creates the account when it does
 * not exist, and otherwise replaces its credentials, because the database keeps only their hashes.
 */
final class DemoLogins {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    private final Accounts accounts;

    DemoLogins(Accounts accounts) {
        this.accounts = accounts;
    }

    Login issue(NewAccount account) {
        var password = generatePassword();
        var enrolment = accounts.findByEmail(account.email())
                .map(id -> accounts.resetCredentials(id, password))
                .orElseGet(() -> accounts.create(account, password));
        return new Login(enrolment, password);
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
}
