package nl.verwijsindex.access;

import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit entries that logins with a password and code, and failed passkey logins, write. */
class LoginAuditIntegrationTests extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    private static final String UNSIGNED_ASSERTION = """
            {"id": "%1$s", "rawId": "%1$s", "type": "public-key", "clientExtensionResults": {},
             "response": {"authenticatorData": "AQID", "clientDataJSON": "AQID", "signature": "AQID",
                          "userHandle": null}}
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accountManagement;

    AuditChain chain;
    long before;

    @BeforeEach
    void markChain() {
        chain = new AuditChain(jdbc, context);
        accounts.of(TEACHER);
        accounts.of(MUNICIPAL_OFFICER);
        before = chain.lastSequence();
    }

    @Test
    void loginRecordsAccountRoleAndAddress() {
        var teacher = accounts.of(TEACHER).accountId();

        loggedIn(TEACHER);

        assertThat(chain.after(before))
                .containsExactly(new AuditChain.Row(
                        before + 1,
                        NOW,
                        "login",
                        "success",
                        "account",
                        teacher.toString(),
                        "professional",
                        TEACHER.organisation().id(),
                        null,
                        null,
                        "127.0.0.1",
                        "account",
                        teacher.toString(),
                        null,
                        null,
                        "password-login"));
    }

    @Test
    void officerLoginRecordsMunicipality() {
        var officer = accounts.of(MUNICIPAL_OFFICER).accountId();

        loggedIn(MUNICIPAL_OFFICER);

        assertThat(chain.after(before))
                .containsExactly(new AuditChain.Row(
                        before + 1,
                        NOW,
                        "login",
                        "success",
                        "account",
                        officer.toString(),
                        "municipal-officer",
                        null,
                        TestRegion.MUNICIPALITY,
                        null,
                        "127.0.0.1",
                        "account",
                        officer.toString(),
                        null,
                        null,
                        "password-login"));
    }

    @Test
    void wrongPasswordRecordsAccountTried() {
        var teacher = accounts.of(TEACHER).accountId();

        new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", code());

        assertThat(chain.after(before)).containsExactly(failure(before + 1, "rejected", teacher.toString()));
    }

    @Test
    void unknownEmailRecordsNoAccount() {
        new WebSession(port).logIn("nobody@school.test", TestAccounts.PASSWORD, code());

        assertThat(chain.after(before)).containsExactly(failure(before + 1, "rejected", null));
    }

    @Test
    void blockedLoginIsRecordedAsBlocked() {
        var teacher = accounts.of(TEACHER).accountId().toString();
        for (int attempt = 0; attempt < 5; attempt++) {
            new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", code());
        }

        new WebSession(port).logIn(TEACHER.email(), TestAccounts.PASSWORD, code());

        assertThat(chain.after(before))
                .containsExactly(
                        failure(before + 1, "rejected", teacher),
                        failure(before + 2, "rejected", teacher),
                        failure(before + 3, "rejected", teacher),
                        failure(before + 4, "rejected", teacher),
                        failure(before + 5, "rejected", teacher),
                        failure(before + 6, "blocked", null));
    }

    @Test
    void unknownPasskeyIsRecorded() {
        var session = new WebSession(port);
        session.get("/login");
        session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");

        session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION.formatted("AQIDBA"));

        assertThat(chain.after(before)).containsExactly(passkeyFailure(before + 1, null));
    }

    @Test
    void unsignedPasskeyRecordsItsAccount() {
        var teacher = accountManagement.findByEmail(TEACHER.email()).orElseThrow();
        var credentialId = TestPasskeys.insert(jdbc, teacher, "Laptop", clock.instant());
        var session = new WebSession(port);
        session.get("/login");
        session.postJsonWithCsrfToken("/webauthn/authenticate/options", "{}");

        session.postJsonWithCsrfToken("/login/webauthn", UNSIGNED_ASSERTION.formatted(credentialId));

        assertThat(chain.after(before)).containsExactly(passkeyFailure(before + 1, teacher.toString()));
    }

    private String code() {
        return TestAccounts.totpCode(accounts.of(TEACHER).totpSecret(), clock.instant());
    }

    private static AuditChain.Row failure(long sequence, String outcome, String accountId) {
        return new AuditChain.Row(
                sequence,
                NOW,
                "login-failed",
                outcome,
                null,
                null,
                null,
                null,
                null,
                null,
                "127.0.0.1",
                accountId == null ? null : "account",
                accountId,
                null,
                null,
                "password-login");
    }

    private static AuditChain.Row passkeyFailure(long sequence, String accountId) {
        return new AuditChain.Row(
                sequence,
                NOW,
                "login-failed",
                "rejected",
                null,
                null,
                null,
                null,
                null,
                null,
                "127.0.0.1",
                accountId == null ? null : "account",
                accountId,
                null,
                null,
                "passkey-login");
    }
}
