package nl.verwijsindex.demo;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.PreparedPassword;

/**
 * Gives demo accounts a random password and a new TOTP secret: creates the account when it does
 * not exist, and otherwise replaces its credentials, because the database keeps only their hashes.
 *
 * <p>Hashing the passwords of all demo accounts one after another took about 2 s of a fresh start,
 * during which the index was not ready yet. {@link #preparingAhead} starts hashing them on a thread
 * of its own while Spring still builds the context, and {@link #issue} takes them in turn. A login
 * issued after those are used up gets its password hashed on the spot.
 */
final class DemoLogins {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    /**
     * The number of logins that seeding the demo region issues: one per professional and one
     * administrator per organisation, the two municipal officers and the functional administrator.
     */
    static final int SEEDED_LOGINS = DemoRegion.ORGANISATIONS.stream()
                    .mapToInt(organisation -> organisation.professionals().size() + 1)
                    .sum()
            + 2
            + 1;

    private final Accounts accounts;
    private final Deque<CompletableFuture<Password>> ahead;

    private DemoLogins(Accounts accounts, Deque<CompletableFuture<Password>> ahead) {
        this.accounts = accounts;
        this.ahead = ahead;
    }

    /** Returns logins whose passwords are hashed when issued. */
    static DemoLogins onDemand(Accounts accounts) {
        return new DemoLogins(accounts, new ArrayDeque<>());
    }

    /**
     * Returns logins that hash the passwords of the first {@code count} logins now, on a daemon
     * thread named {@code demo-passwords}.
     */
    static DemoLogins preparingAhead(Accounts accounts, int count) {
        List<CompletableFuture<Password>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(new CompletableFuture<>());
        }
        var thread = new Thread(
                () -> {
                    for (var future : futures) {
                        try {
                            future.complete(prepare(accounts));
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                    }
                },
                "demo-passwords");
        thread.setDaemon(true);
        thread.start();
        return new DemoLogins(accounts, new ArrayDeque<>(futures));
    }

    Login issue(NewAccount account) {
        var password = nextPassword();
        var enrolment = accounts.findByEmail(account.email())
                .map(id -> accounts.resetCredentials(id, password.prepared()))
                .orElseGet(() -> accounts.create(account, password.prepared()));
        return new Login(enrolment, password.plain());
    }

    boolean exists(String email) {
        return accounts.findByEmail(email).isPresent();
    }

    /** Returns the administrator's email address in the domain of another address, such as {@code beheer@jgz.example}. */
    static String administratorEmail(String addressInDomain) {
        return "beheer@"
                + addressInDomain.substring(addressInDomain.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    private Password nextPassword() {
        var next = ahead.poll();
        return next == null ? prepare(accounts) : next.join();
    }

    private static Password prepare(Accounts accounts) {
        var plain = generatePassword();
        return new Password(plain, accounts.prepare(plain));
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

    private record Password(String plain, PreparedPassword prepared) {}
}
