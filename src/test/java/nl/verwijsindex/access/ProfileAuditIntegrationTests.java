package nl.verwijsindex.access;

import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The audit entries of the profile pages, the credential changes, logout and invitation acceptance.
 * Credential changes are sent with a wrong password, because the region's accounts keep their
 * password and codes for the other tests.
 */
class ProfileAuditIntegrationTests extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    Invitations invitations;

    AuditChain chain;
    long before;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
    }

    @Test
    void profilePageIsReadOfAccount() {
        var session = teacher();

        assertThat(session.get("/profile").statusCode()).isEqualTo(200);

        assertThat(chain.after(before)).containsExactly(onAccount("read", "success", "read-profile"));
    }

    @Test
    void languageChangeIsWriteOfAccount() {
        var session = teacher();

        var response = session.post("/profile/language", Map.of("language", "nl"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before)).containsExactly(onAccount("write", "success", "change-language"));
    }

    @Test
    void invalidLanguageIsRejected() {
        var session = teacher();

        var response = session.post("/profile/language", Map.of("language", "fr"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(chain.after(before)).containsExactly(onAccount("write", "rejected", "change-language"));
    }

    @Test
    void phoneChangeIsWriteOfProfessional() {
        var session = teacher();

        var response = session.post("/profile/phone", Map.of("phone", "070 111 1111"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(chain.after(before))
                .containsExactly(ExpectedEntry.of("write", "success", "change-phone")
                        .byProfessional(accounts, TEACHER)
                        .about("professional", TEACHER.id())
                        .at(before + 1, NOW));
    }

    @Test
    void wrongPasswordRejectsEachCredentialChange() {
        var session = teacher();

        var password = session.post(
                "/profile/password", Map.of("currentPassword", "wrong", "newPassword", "x", "newPasswordRepeat", "x"));
        session.get("/profile/authenticator");
        var authenticator =
                session.post("/profile/authenticator", Map.of("currentPassword", "wrong", "code", "000000"));
        var recoveryCodes = session.post("/profile/recovery-codes", Map.of("currentPassword", "wrong"));

        assertThat(password.statusCode()).isEqualTo(422);
        assertThat(authenticator.statusCode()).isEqualTo(422);
        assertThat(recoveryCodes.statusCode()).isEqualTo(422);
        assertThat(chain.after(before))
                .containsExactly(
                        onAccount("write", "rejected", "change-password", before + 1),
                        onAccount("write", "rejected", "replace-authenticator", before + 2),
                        onAccount("write", "rejected", "replace-recovery-codes", before + 3));
    }

    @Test
    void passkeyListAndRejectedRemovalNameAccount() {
        var session = teacher();

        session.get("/profile/passkeys");
        var removal = session.post("/profile/passkeys/remove", Map.of("passkey", "", "password", "wrong"));

        assertThat(removal.statusCode()).isEqualTo(200);
        assertThat(chain.after(before))
                .containsExactly(
                        onAccount("read", "success", "list-passkeys", before + 1),
                        onAccount("write", "rejected", "remove-passkey", before + 2));
    }

    @Test
    void logoutIsWriteOfAccount() {
        var session = teacher();

        var response = session.logOut();

        assertThat(WebSession.location(response)).isEqualTo("/login?logout");
        assertThat(chain.after(before)).containsExactly(onAccount("write", "success", "logout"));
    }

    @Test
    void invitationReadAndAcceptanceNameInvitedAccount() throws Exception {
        var accountId = invitations.invite(
                NewAccount.organisationAdministrator(
                        "audit.beheer@school.test", "Iris Audit", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id()),
                null);
        var path = InvitationMails.path(InvitationMails.receiveOne(smtp));
        var session = new WebSession(port);
        awaitQueuedEmails();
        before = chain.lastSequence();

        var accepted = InvitationPages.accept(session, path, clock.instant());

        assertThat(accepted.page().statusCode()).isEqualTo(200);
        assertThat(chain.after(before))
                .containsExactly(
                        invitation("read", "read-invitation", accountId).at(before + 1, NOW),
                        invitation("write", "accept-invitation", accountId).at(before + 2, NOW));
    }

    @Test
    void unknownInvitationLinkIsRejectedWithoutObject() {
        before = chain.lastSequence();

        var response = new WebSession(port).get("/invitation/not-a-token");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(chain.after(before))
                .containsExactly(
                        ExpectedEntry.of("read", "rejected", "read-invitation").at(before + 1, NOW));
    }

    private static ExpectedEntry invitation(String action, String purpose, UUID accountId) {
        return ExpectedEntry.of(action, "success", purpose).about("account", accountId);
    }

    /** Logs the teacher in, reads the home page for a CSRF token, and marks the chain after the login's entry. */
    private WebSession teacher() {
        var session = loggedIn(TEACHER);
        session.get("/home");
        before = chain.lastSequence();
        return session;
    }

    private AuditChain.Row onAccount(String action, String outcome, String purpose) {
        return onAccount(action, outcome, purpose, before + 1);
    }

    private AuditChain.Row onAccount(String action, String outcome, String purpose, long sequence) {
        return ExpectedEntry.of(action, outcome, purpose)
                .byProfessional(accounts, TEACHER)
                .about("account", accounts.of(TEACHER).accountId())
                .at(sequence, NOW);
    }
}
