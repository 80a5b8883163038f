package nl.verwijsindex.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Component;

/**
 * Reads and changes the passkeys of accounts in the tables of Spring Security's JDBC
 * repositories, for what those repositories do not offer: a list per account, ownership
 * checks, and the dates by the application's clock. Credential ids are base64url, as the
 * library stores them.
 */
@Component
class Passkeys {

    private final JdbcClient jdbc;

    Passkeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the account's passkeys, oldest first. */
    List<Passkey> ofAccount(UUID accountId) {
        return jdbc.sql("""
                        select c.credential_id, c.label, c.created, c.last_login_at
                          from user_credentials c
                          join user_entities e on e.id = c.user_entity_user_id
                         where e.account_id = ?
                         order by c.created, c.credential_id
                        """)
                .param(accountId)
                .query((rs, row) -> new Passkey(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        rs.getTimestamp("created").toInstant(),
                        instantOrNull(rs.getTimestamp("last_login_at"))))
                .list();
    }

    int countOfAccount(UUID accountId) {
        return jdbc.sql("""
                        select count(*) from user_credentials c
                          join user_entities e on e.id = c.user_entity_user_id
                         where e.account_id = ?
                        """).param(accountId).query(Integer.class).single();
    }

    /** Returns the email address of the account that registered the credential. */
    Optional<String> findOwnerEmail(Bytes credentialId) {
        return jdbc.sql("""
                        select a.email from user_credentials c
                          join user_entities e on e.id = c.user_entity_user_id
                          join accounts a on a.id = e.account_id
                         where c.credential_id = ?
                        """)
                .param(credentialId.toBase64UrlString())
                .query(String.class)
                .optional();
    }

    /** Sets the registration date, which the library takes from the system clock. */
    void setCreated(Bytes credentialId, Instant created) {
        jdbc.sql("update user_credentials set created = ? where credential_id = ?")
                .params(Timestamp.from(created), credentialId.toBase64UrlString())
                .update();
    }

    void recordLogin(Bytes credentialId, Instant loggedInAt) {
        jdbc.sql("update user_credentials set last_login_at = ? where credential_id = ?")
                .params(Timestamp.from(loggedInAt), credentialId.toBase64UrlString())
                .update();
    }

    /** Deletes the passkey when the account owns it; returns false when it does not. */
    boolean delete(UUID accountId, String credentialId) {
        return jdbc.sql("""
                        delete from user_credentials c
                         using user_entities e
                         where e.id = c.user_entity_user_id and e.account_id = ? and c.credential_id = ?
                        """).params(accountId, credentialId).update() == 1;
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A passkey as its owner sees it.
     *
     * @param id the credential id, base64url
     * @param lastLogin the last login with it, {@code null} when it never logged in
     */
    record Passkey(
            String id,
            String label,
            Instant created,
            @Nullable Instant lastLogin) {}
}
