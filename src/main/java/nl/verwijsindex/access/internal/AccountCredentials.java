package nl.verwijsindex.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.system.database.ColumnArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Reads and replaces the credentials of one account: its password hash, its encrypted TOTP secret
 * and its recovery codes. Callers check who may change them and run inside their transaction.
 */
@Component
class AccountCredentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SecretCipher secretCipher;

    AccountCredentials(JdbcClient jdbc, PasswordEncoder passwords, SecretCipher secretCipher) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.secretCipher = secretCipher;
    }

    /** Returns whether the password is the account's; false for an account without a password. */
    boolean passwordMatches(UUID accountId, String password) {
        var hash = jdbc.sql("select password_hash from accounts where id = ?")
                .param(accountId)
                .query(String.class)
                .optional();
        return hash.isPresent() && passwords.matches(password, hash.get());
    }

    /** Stores the password's hash. The caller checks the password policy first. */
    void setPassword(UUID accountId, String password) {
        jdbc.sql("update accounts set password_hash = ? where id = ?")
                .params(passwords.encode(password), accountId)
                .update();
    }

    /** Returns the account's TOTP secret in base32, or empty when it has none. */
    Optional<String> totpSecret(UUID accountId) {
        return jdbc.sql("select totp_secret from accounts where id = ? and totp_secret is not null")
                .param(accountId)
                .query((rs, row) -> rs.getBytes("totp_secret"))
                .optional()
                .map(encrypted -> secretCipher.decrypt(encrypted, accountId.toString()));
    }

    /**
     * Stores a TOTP secret, encrypted, with the time step of the code that confirmed it, so that
     * the same code cannot log in afterwards.
     */
    void setTotpSecret(UUID accountId, String secret, long confirmedStep) {
        jdbc.sql("update accounts set totp_secret = ?, totp_last_step = ? where id = ?")
                .params(secretCipher.encrypt(secret, accountId.toString()), confirmedStep, accountId)
                .update();
    }

    /** Replaces every recovery code of the account by new ones and returns them; the old ones stop working. */
    List<String> replaceRecoveryCodes(UUID accountId) {
        jdbc.sql("delete from account_recovery_codes where account_id = ?")
                .param(accountId)
                .update();
        var codes = RecoveryCodes.generate();
        var hashes = ColumnArrays.of(codes).bytea("code_hash", RecoveryCodes::hash);
        hashes.bind(jdbc.sql("insert into account_recovery_codes (account_id, code_hash)"
                                + " select :account_id, c.code_hash from " + hashes.unnest("c"))
                        .param("account_id", accountId))
                .update();
        return codes;
    }
}
