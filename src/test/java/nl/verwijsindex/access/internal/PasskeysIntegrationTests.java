package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.Bytes;

/** The queries on the library's passkey tables: ownership, dates and deletion with the account. */
class PasskeysIntegrationTests extends IntegrationTest {

    private static final Instant REGISTERED = Instant.parse("2026-12-01T09:15:00Z");

    @Autowired
    private Passkeys passkeys;

    @Autowired
    private Accounts accountManagement;

    @Test
    void findsOwnerOfCredential() {
        var teacher = accountId(TestRegion.TEACHER);
        var credentialId = insert(teacher, "Laptop");

        assertThat(passkeys.findOwnerEmail(Bytes.fromBase64(credentialId))).hasValue(TestRegion.TEACHER.email());
        assertThat(passkeys.findOwnerEmail(Bytes.fromBase64("AQIDBA"))).isEmpty();
    }

    @Test
    void listsAccountsPasskeysWithDates() {
        var teacher = accountId(TestRegion.TEACHER);
        var credentialId = insert(teacher, "Laptop");
        insert(accountId(TestRegion.NURSE), "Telefoon");
        passkeys.recordLogin(Bytes.fromBase64(credentialId), REGISTERED.plusSeconds(60));

        var list = passkeys.ofAccount(teacher);

        assertThat(list)
                .containsExactly(new Passkeys.Passkey(credentialId, "Laptop", REGISTERED, REGISTERED.plusSeconds(60)));
        assertThat(passkeys.countOfAccount(teacher)).isEqualTo(1);
    }

    @Test
    void deletesOnlyOwnPasskey() {
        var teacher = accountId(TestRegion.TEACHER);
        var nurse = accountId(TestRegion.NURSE);
        var credentialId = insert(teacher, "Laptop");

        assertThat(passkeys.delete(nurse, credentialId)).isFalse();
        assertThat(passkeys.ofAccount(teacher)).hasSize(1);
        assertThat(passkeys.delete(teacher, credentialId)).isTrue();
        assertThat(passkeys.ofAccount(teacher)).isEmpty();
    }

    @Test
    void deletingAccountDeletesPasskeys() {
        var account = accountManagement
                .create(
                        NewAccount.organisationAdministrator(
                                "tijdelijk@school.test",
                                "Tijdelijk",
                                Locale.forLanguageTag("nl"),
                                TestRegion.SCHOOL.id()),
                        TestAccounts.PASSWORD)
                .accountId();
        insert(account, "Laptop");

        jdbc.sql("delete from account_recovery_codes where account_id = ?")
                .param(account)
                .update();
        jdbc.sql("delete from accounts where id = ?").param(account).update();

        assertThat(jdbc.sql("select count(*) from user_entities")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from user_credentials")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String insert(UUID accountId, String label) {
        var handle = jdbc.sql("select id from user_entities where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    var created = UUID.randomUUID().toString();
                    jdbc.sql("insert into user_entities (id, name) values (?, ?)")
                            .params(created, accountId.toString())
                            .update();
                    return created;
                });
        var credentialId = Bytes.random().toBase64UrlString();
        jdbc.sql("""
                        insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
                                                      backup_state, created, last_used, label)
                        values (?, ?, ?, false, false, ?, ?, ?)
                        """)
                .params(
                        credentialId,
                        handle,
                        new byte[] {1},
                        java.sql.Timestamp.from(REGISTERED),
                        java.sql.Timestamp.from(REGISTERED),
                        label)
                .update();
        return credentialId;
    }

    private UUID accountId(TestRegion.Person person) {
        accounts.of(person);
        return accountManagement.findByEmail(person.email()).orElseThrow();
    }
}
