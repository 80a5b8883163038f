package nl.verwijsindex.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what a login checks, and marks a TOTP step or recovery code as used. */
@Component
class LoginAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<LoginAccount> findByEmail(String email) {
        return jdbc.sql("""
                        select a.id, a.name, a.role, a.password_hash, a.totp_secret, a.totp_last_step, a.active,
                               a.professional_id, a.organisation_id, a.municipality_id,
                               coalesce(o.name, m.name) as scope_name
                          from accounts a
                          left join organisations o on o.id = a.organisation_id
                          left join municipalities m on m.id = a.municipality_id
                         where lower(a.email) = lower(?)
                        """)
                .param(email.trim())
                .query((rs, row) -> {
                    var lastStep = rs.getLong("totp_last_step");
                    if (rs.wasNull()) {
                        lastStep = Long.MIN_VALUE;
                    }
                    return new LoginAccount(
                            new SignedInAccount(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("name"),
                                    AccountRole.ofCode(rs.getString("role")),
                                    rs.getString("scope_name"),
                                    rs.getObject("professional_id", UUID.class),
                                    rs.getObject("organisation_id", UUID.class),
                                    rs.getObject("municipality_id", UUID.class)),
                            rs.getString("password_hash"),
                            rs.getBytes("totp_secret"),
                            lastStep,
                            rs.getBoolean("active"));
                })
                .optional();
    }

    /** Returns what a password check needs of the account with this id. */
    Optional<PasswordOfAccount> findPassword(UUID accountId) {
        return jdbc.sql("select email, password_hash, active from accounts where id = ?")
                .param(accountId)
                .query((rs, row) -> new PasswordOfAccount(
                        rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("active")))
                .optional();
    }

    /** Stores the TOTP step that logged in; returns false when this or a later step was used already. */
    boolean useTotpStep(UUID accountId, long step) {
        return jdbc.sql("""
                        update accounts set totp_last_step = ?
                         where id = ? and (totp_last_step is null or totp_last_step < ?)
                        """).params(step, accountId, step).update() == 1;
    }

    /** Marks the recovery code as used; returns false when it is not one of the account's unused codes. */
    boolean useRecoveryCode(UUID accountId, String code) {
        return jdbc.sql("""
                        update account_recovery_codes set used_at = ?
                         where account_id = ? and code_hash = ? and used_at is null
                        """)
                        .params(Timestamp.from(clock.instant()), accountId, RecoveryCodes.hash(code))
                        .update()
                == 1;
    }

    /**
     * An account with the fields that a login checks.
     *
     * @param passwordHash {@code null} while the account has not accepted its invitation
     * @param totpSecret {@code null} while the account has not accepted its invitation
     * @param lastTotpStep the last TOTP step used, {@link Long#MIN_VALUE} when none
     */
    record LoginAccount(
            SignedInAccount account,
            @Nullable String passwordHash,
            byte @Nullable [] totpSecret,
            long lastTotpStep,
            boolean active) {}

    /**
     * An account's email address, password hash and whether it is active, for a password check after login.
     *
     * @param passwordHash {@code null} while an invited account has not chosen a password
     */
    record PasswordOfAccount(String email, @Nullable String passwordHash, boolean active) {}
}
