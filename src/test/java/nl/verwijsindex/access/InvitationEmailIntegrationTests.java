package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitation emails: queued with the invitation, sent to GreenMail, in the account's language. */
class InvitationEmailIntegrationTests extends IntegrationTest {

    @Autowired
    Invitations invitations;

    @Test
    void invitationEmailInDutchHasLinkAndExpiry() throws Exception {
        var accountId = invitations.invite(
                NewAccount.organisationAdministrator(
                        "nieuw.beheer@school.test", "Nina Nieuw", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id()),
                null);

        var email = InvitationMails.receiveOne(smtp);

        assertThat(email.getSubject()).isEqualTo("Uitnodiging voor de verwijsindex");
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("nieuw.beheer@school.test");
        assertThat(email.getHeader("Content-Language")[0]).isEqualTo("nl");
        assertThat(Emails.text(email)).startsWith("Beste Nina Nieuw,\n");
        assertThat(Emails.text(email)).contains("De link werkt één keer en is geldig tot 11 december 2026, 12:00.");
        assertThat(InvitationMails.link(email)).matches("http://localhost:8080/invitation/[A-Za-z0-9_-]{43}");
        assertThat(Emails.html(email)).contains("href=\"" + InvitationMails.link(email) + "\"");
        assertThat(invitations.openInvitationExpiry(accountId))
                .hasValue(clock.instant().plus(java.time.Duration.ofDays(7)));
    }

    @Test
    void invitationEmailFollowsAccountLanguage() throws Exception {
        invitations.invite(
                NewAccount.municipalOfficer(
                        "new.officer@amsterdam.test", "Nick New", Locale.ENGLISH, TestRegion.MUNICIPALITY),
                null);

        var email = InvitationMails.receiveOne(smtp);

        assertThat(email.getSubject()).isEqualTo("Invitation to the reference index");
        assertThat(email.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(Emails.text(email)).startsWith("Dear Nick New,\n");
        assertThat(Emails.text(email)).contains("valid until 11 December 2026, 12:00.");
    }

    @Test
    void sentTokenLeavesNoTraceInDatabase() throws Exception {
        var accountId = invitations.invite(
                NewAccount.functionalAdministrator("fa.nieuw@verwijsindex.test", "Fenna Nieuw", Locale.ENGLISH), null);

        var email = InvitationMails.receiveOne(smtp);
        var token = InvitationMails.token(email);

        // The email reaches GreenMail just before the dispatcher's transaction commits.
        await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> jdbc.sql("select count(*) from invitation_messages where sent_at is not null")
                                .query(Long.class)
                                .single()
                        == 1);
        var row = jdbc.sql("select token_hash, token_ciphertext from account_invitations where account_id = ?")
                .param(accountId)
                .query((rs, number) -> new Object[] {rs.getBytes("token_hash"), rs.getBytes("token_ciphertext")})
                .single();
        assertThat((byte[]) row[0]).isEqualTo(sha256(token));
        assertThat(row[1]).as("encrypted token after sending").isNull();
        for (var table : java.util.List.of("accounts", "account_invitations", "invitation_messages")) {
            var rowsWithToken = jdbc.sql("select count(*) from " + table + " t where t::text like ?")
                    .param("%" + token + "%")
                    .query(Long.class)
                    .single();
            assertThat(rowsWithToken)
                    .as("rows of %s that contain the token", table)
                    .isZero();
        }
    }

    @Test
    void rolledBackInvitationSendsNothing() throws Exception {
        var duplicate = NewAccount.organisationAdministrator(
                TestRegion.TEACHER.email(), "Dubbel", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id());
        accounts.of(TestRegion.TEACHER);

        try {
            invitations.invite(duplicate, null);
        } catch (org.springframework.dao.DuplicateKeyException expected) {
            // The account of the teacher has this address.
        }

        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(jdbc.sql("select count(*) from invitation_messages")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void invitedAccountCannotLogInBeforeAccepting() throws Exception {
        invitations.invite(
                NewAccount.organisationAdministrator(
                        "wacht@school.test", "Wim Wacht", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id()),
                null);

        var login = new nl.verwijsindex.testing.WebSession(port).logIn("wacht@school.test", "", "");

        assertThat(nl.verwijsindex.testing.WebSession.location(login)).isEqualTo("/login?error");
    }

    private static byte[] sha256(String token) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
