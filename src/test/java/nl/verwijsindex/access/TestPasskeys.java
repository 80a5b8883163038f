package nl.verwijsindex.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Passkey rows written straight into the library's tables, for tests that need passkeys but no
 * browser ceremony. Their public keys are dummies, so they cannot log in.
 */
final class TestPasskeys {

    private TestPasskeys() {}

    /** Stores a passkey of the account, creating its WebAuthn user entity when needed; returns the credential id. */
    static String insert(JdbcClient jdbc, UUID accountId, String label, Instant created) {
        var userHandle = jdbc.sql("select id from user_entities where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    var handle = randomBase64Url();
                    jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)")
                            .params(handle, accountId.toString(), "Test")
                            .update();
                    return handle;
                });
        var credentialId = randomBase64Url();
        jdbc.sql("""
                        insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
                                                      backup_state, created, last_used, label)
                        values (?, ?, ?, false, false, ?, ?, ?)
                        """)
                .params(
                        credentialId,
                        userHandle,
                        new byte[] {1},
                        Timestamp.from(created),
                        Timestamp.from(created),
                        label)
                .update();
        return credentialId;
    }

    static int count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from user_credentials")
                .query(Integer.class)
                .single();
    }

    private static String randomBase64Url() {
        var bytes = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
