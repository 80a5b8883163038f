package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in the database, per account (the email address as typed, whether or not
 * an account has it, so a block reveals nothing about which accounts exist) and per client
 * address. After {@value #MAXIMUM_FAILURES} failures within {@link #WINDOW}, logins with that
 * email address or from that client address are blocked until fewer than {@value
 * #MAXIMUM_FAILURES} failures fall within the last {@link #WINDOW}.
 */
@Component
class LoginAttempts {

    static final int MAXIMUM_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // NOTE: professionals of one organisation can share a client address behind NAT, so the
    // address limit can block colleagues of someone who mistypes. A higher address limit, set per
    // deployment, would fit such networks better.
    boolean isBlocked(String email, String clientAddress) {
        return failuresInWindow("account", accountKey(email)) >= MAXIMUM_FAILURES
                || failuresInWindow("address", hash(clientAddress)) >= MAXIMUM_FAILURES;
    }

    /** Returns whether logins from the client address are blocked, for a login that names no account. */
    boolean isAddressBlocked(String clientAddress) {
        return failuresInWindow("address", hash(clientAddress)) >= MAXIMUM_FAILURES;
    }

    void recordFailure(String email, String clientAddress) {
        var now = clock.instant();
        deleteOldFailures();
        jdbc.sql("insert into login_failures (kind, key_hash, failed_at) values ('account', ?, ?), ('address', ?, ?)")
                .params(accountKey(email), Timestamp.from(now), hash(clientAddress), Timestamp.from(now))
                .update();
    }

    /** Records a failed login that names no account, such as a passkey that no account has. */
    void recordAddressFailure(String clientAddress) {
        deleteOldFailures();
        jdbc.sql("insert into login_failures (kind, key_hash, failed_at) values ('address', ?, ?)")
                .params(hash(clientAddress), Timestamp.from(clock.instant()))
                .update();
    }

    /** Forgets the failures of an email address after a successful login with it. */
    void clearAccount(String email) {
        jdbc.sql("delete from login_failures where kind = 'account' and key_hash = ?")
                .param(accountKey(email))
                .update();
    }

    private void deleteOldFailures() {
        jdbc.sql("delete from login_failures where failed_at < ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }

    private int failuresInWindow(String kind, byte[] key) {
        return jdbc.sql("select count(*) from login_failures where kind = ? and key_hash = ? and failed_at > ?")
                .params(kind, key, Timestamp.from(clock.instant().minus(WINDOW)))
                .query(Integer.class)
                .single();
    }

    private static byte[] accountKey(String email) {
        return hash(email.trim().toLowerCase(Locale.ROOT));
    }

    private static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
