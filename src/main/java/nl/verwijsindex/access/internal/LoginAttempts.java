package nl.verwijsindex.access.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits guesses of passwords, codes, passkeys and invitation links, counted in the database so
 * that the limits hold across nodes. After the maximum number of failures within {@link #WINDOW}
 * for one key (by default 5 for an account and 20 for an address), checks with that key are
 * rejected until fewer than that fall within the last {@link #WINDOW}.
 *
 * <p>The keys are SHA-256 hashes, so the table names no one:
 *
 * <ul>
 *   <li>{@code account}: the email address as typed, whether or not an account has it, so that a
 *       block reveals nothing about which accounts exist;
 *   <li>{@code address}: the client address of a login; an IPv6 address counts by its /64 network,
 *       because one subscriber gets at least a /64, the size that address autoconfiguration needs;
 *   <li>{@code invitation}: the client address of a request for an invitation link that does not
 *       exist. These count apart, so that they block the invitation page and not the logins.
 * </ul>
 *
 * <p>A check is counted as a failure before it runs: {@link #start} takes an advisory lock per key,
 * counts, and writes a failure row in one transaction, and {@link Attempt#succeeded()} deletes the
 * row afterwards. Parallel guesses therefore always see each other, and a check that never ends
 * (a crash, a killed request) stays counted. Checks in progress count too, which is one reason why
 * an address, where an office's logins meet, gets a higher maximum than an account.
 */
@Component
class LoginAttempts {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maximumPerAccount;
    private final int maximumPerAddress;

    LoginAttempts(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${verwijsindex.login.maximum-failures-per-account}") int maximumPerAccount,
            @Value("${verwijsindex.login.maximum-failures-per-address}") int maximumPerAddress) {
        if (maximumPerAccount < 1 || maximumPerAddress < 1) {
            throw new IllegalArgumentException("VERWIJSINDEX_LOGIN_MAXIMUM_FAILURES_PER_ACCOUNT and _PER_ADDRESS "
                    + "must be at least 1, not " + maximumPerAccount + " and " + maximumPerAddress);
        }
        this.maximumPerAccount = maximumPerAccount;
        this.maximumPerAddress = maximumPerAddress;
        this.jdbc = jdbc;
        // Its own transaction, so that a counted failure stays even when the caller's rolls back.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // NOTE: professionals of one organisation can share a client address behind NAT, so the
    // address limit can still block colleagues of someone who guesses; raise
    // VERWIJSINDEX_LOGIN_MAXIMUM_FAILURES_PER_ADDRESS for such networks.
    /** Starts a login with an email address from a client address, unless either is blocked. */
    Optional<Attempt> startLogin(String email, String clientAddress) {
        return start(accountKey(email), addressKey(clientAddress));
    }

    /** Starts a login that names no account yet, such as a passkey login, unless the address is blocked. */
    Optional<Attempt> startAnonymousLogin(String clientAddress) {
        return start(addressKey(clientAddress));
    }

    /**
     * Starts a check of the password of an account that is logged in already. Only the account
     * counts: the person is known, so their slips need not block colleagues behind the same address.
     */
    Optional<Attempt> startPasswordCheck(String email) {
        return start(accountKey(email));
    }

    /** Starts the opening of an invitation link, unless the address guessed too many links. */
    Optional<Attempt> startInvitation(String clientAddress) {
        return start(new Key("invitation", hash(addressText(clientAddress)), maximumPerAddress));
    }

    /** Forgets the failures of an email address after a successful login with it. */
    void clearAccount(String email) {
        jdbc.sql("delete from login_failures where kind = 'account' and key_hash = ?")
                .param(accountKey(email).hash())
                .update();
    }

    private Optional<Attempt> start(Key... keys) {
        var now = clock.instant();
        var windowStart = Timestamp.from(now.minus(WINDOW));
        // Locks in one order, so that two checks with the same keys cannot deadlock.
        var ordered =
                Arrays.stream(keys).sorted(Comparator.comparingLong(Key::lock)).toList();
        return transactions.execute(status -> {
            for (var key : ordered) {
                jdbc.sql("select pg_advisory_xact_lock(?)")
                        .param(key.lock())
                        .query()
                        .singleRow();
            }
            for (var key : ordered) {
                if (failuresSince(key, windowStart) >= key.maximum()) {
                    return Optional.<Attempt>empty();
                }
            }
            jdbc.sql("delete from login_failures where failed_at <= ?")
                    .param(windowStart)
                    .update();
            var ids = new ArrayList<Long>();
            for (var key : ordered) {
                ids.add(jdbc.sql("insert into login_failures (kind, key_hash, failed_at) values (?, ?, ?) returning id")
                        .params(key.kind(), key.hash(), Timestamp.from(now))
                        .query(Long.class)
                        .single());
            }
            return Optional.of(new Attempt(List.copyOf(ids)));
        });
    }

    private int failuresSince(Key key, Timestamp windowStart) {
        return jdbc.sql("select count(*) from login_failures where kind = ? and key_hash = ? and failed_at > ?")
                .params(key.kind(), key.hash(), windowStart)
                .query(Integer.class)
                .single();
    }

    private Key accountKey(String email) {
        return new Key("account", hash(email.trim().toLowerCase(Locale.ROOT)), maximumPerAccount);
    }

    private Key addressKey(String clientAddress) {
        return new Key("address", hash(addressText(clientAddress)), maximumPerAddress);
    }

    /**
     * Returns the address as counted: an IPv4 address as it is, an IPv4 address mapped into IPv6 as
     * IPv4, and an IPv6 address as its /64 network.
     */
    static String addressText(String clientAddress) {
        if (!clientAddress.contains(":")) {
            return clientAddress;
        }
        try {
            // A literal with a colon is parsed as IPv6 without a name lookup.
            var bytes = InetAddress.getByName(clientAddress).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return clientAddress;
        }
    }

    private static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** A counted key; its advisory lock number comes from the kind and the hash. */
    private record Key(String kind, byte[] hash, int maximum) {

        long lock() {
            var digest = LoginAttempts.hash(kind + ":" + HexFormat.of().formatHex(hash));
            return ByteBuffer.wrap(digest).getLong();
        }
    }

    /** A started check, counted as a failure until it {@linkplain #succeeded() succeeds}. */
    final class Attempt {

        private final List<Long> failureIds;

        private Attempt(List<Long> failureIds) {
            this.failureIds = failureIds;
        }

        /** Takes the check out of the failure counts. */
        void succeeded() {
            for (var id : failureIds) {
                jdbc.sql("delete from login_failures where id = ?").param(id).update();
            }
        }
    }
}
