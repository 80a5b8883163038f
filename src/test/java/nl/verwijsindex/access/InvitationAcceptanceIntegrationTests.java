package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Accepting an invitation over HTTP: the password, the TOTP enrolment, the recovery codes and every link that no longer works. */
@ExtendWith(OutputCaptureExtension.class)
class InvitationAcceptanceIntegrationTests extends IntegrationTest {

    private static final String EMAIL = "nieuw.beheer@school.test";
    private static final String INVALID_HEADING = "Deze uitnodigingslink werkt niet meer";

    @Autowired
    Invitations invitations;

    @Test
    void acceptedInvitationLogsInWithPasswordAndCode() throws Exception {
        var path = invite();
        var session = new WebSession(port);

        var accepted = InvitationPages.accept(session, path, clock.instant());
        clock.setInstant(clock.instant().plusSeconds(30));
        var login = new WebSession(port)
                .logIn(EMAIL, InvitationPages.PASSWORD, TestAccounts.totpCode(accepted.secret(), clock.instant()));

        assertThat(accepted.page().statusCode()).isEqualTo(200);
        assertThat(accepted.page().body()).contains("Uw account is klaar");
        assertThat(accepted.page().body()).doesNotContain("totp-secret");
        assertThat(accepted.recoveryCodes()).hasSize(10);
        assertThat(WebSession.location(login)).isEqualTo("/home");
    }

    @Test
    void confirmationCodeDoesNotLogInAgain() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());
        InvitationPages.send(session, path, InvitationPages.PASSWORD, InvitationPages.PASSWORD, code);

        var login = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code);

        assertThat(WebSession.location(login)).isEqualTo("/login?error");
    }

    @Test
    void pageShowsSameSecretOnEveryVisit() throws Exception {
        var path = invite();

        var first = new WebSession(port).get(path);
        var second = new WebSession(port).get(path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(InvitationPages.secret(first)).matches("[A-Z2-7]{32}");
        assertThat(InvitationPages.secret(second)).isEqualTo(InvitationPages.secret(first));
        assertThat(first.body()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
        assertThat(first.body()).contains("Minstens 12 tekens.");
        assertThat(first.body()).contains("Deze uitnodiging is geldig tot 11 december 2026, 12:00.");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void linkWorksUntilExpiryInstant() throws Exception {
        var path = invite();
        var expiry = clock.instant().plus(Duration.ofDays(7));

        clock.setDate(LocalDate.of(2026, 12, 10));
        var dayBefore = new WebSession(port).get(path);
        clock.setInstant(expiry.minusSeconds(1));
        var lastSecond = new WebSession(port).get(path);
        clock.setInstant(expiry);
        var expiryInstant = new WebSession(port).get(path);
        clock.setDate(LocalDate.of(2026, 12, 12));
        var dayAfter = new WebSession(port).get(path);

        assertThat(dayBefore.statusCode()).isEqualTo(200);
        assertThat(lastSecond.statusCode()).isEqualTo(200);
        assertThat(expiryInstant.statusCode()).isEqualTo(404);
        assertThat(expiryInstant.body()).contains(INVALID_HEADING);
        assertThat(dayAfter.statusCode()).isEqualTo(404);
        assertThat(dayAfter.body()).contains(INVALID_HEADING);
    }

    @Test
    void expiredLinkCannotBeAccepted() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var secret = InvitationPages.secret(page);
        clock.setDate(LocalDate.of(2026, 12, 11));
        clock.setInstant(clock.instant().plusSeconds(1));

        var sent = InvitationPages.send(
                session,
                path,
                InvitationPages.PASSWORD,
                InvitationPages.PASSWORD,
                TestAccounts.totpCode(secret, clock.instant()));

        assertThat(sent.statusCode()).isEqualTo(404);
        assertThat(sent.body()).contains(INVALID_HEADING);
    }

    @Test
    void usedLinkNoLongerWorks() throws Exception {
        var path = invite();
        InvitationPages.accept(new WebSession(port), path, clock.instant());

        var again = new WebSession(port).get(path);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains(INVALID_HEADING);
        assertThat(InvitationPages.recoveryCodes(again)).isEmpty();
    }

    @Test
    void reinviteReplacesPreviousLink() throws Exception {
        var accountId = inviteAccount();
        var oldPath = InvitationMails.path(InvitationMails.receiveOne(smtp));
        smtp.purgeEmailFromAllMailboxes();

        invitations.reinvite(accountId, null);
        var newPath = InvitationMails.path(InvitationMails.receiveOne(smtp));

        assertThat(newPath).isNotEqualTo(oldPath);
        assertThat(new WebSession(port).get(oldPath).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get(newPath).statusCode()).isEqualTo(200);
    }

    @Test
    void reinviteEndsEnrolledLogin() throws Exception {
        var accountId = inviteAccount();
        var path = InvitationMails.path(InvitationMails.receiveOne(smtp));
        var session = new WebSession(port);
        var accepted = InvitationPages.accept(session, path, clock.instant());
        var recoveryCode = accepted.recoveryCodes().get(0);

        invitations.reinvite(accountId, null);
        var login = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, recoveryCode);

        assertThat(WebSession.location(login)).isEqualTo("/login?error");
        assertThat(invitations.openInvitationExpiry(accountId)).isPresent();
    }

    @Test
    void shortPasswordRejectedWithMessage() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());

        var sent = InvitationPages.send(session, path, "kort-wachtw", "kort-wachtw", code);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("Het wachtwoord is korter dan 12 tekens. Kies een langer wachtwoord.");
        assertThat(sent.body()).contains("href=\"#password\"");
        assertThat(sent.body()).contains("aria-invalid=\"true\"");
        assertThat(new WebSession(port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void commonPasswordRejectedWithMessage() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());

        var sent = InvitationPages.send(session, path, "PasswordPassword", "PasswordPassword", code);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.");
    }

    @Test
    void passwordContainingEmailRejectedWithMessage() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());

        var sent = InvitationPages.send(session, path, EMAIL, EMAIL, code);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("Het wachtwoord bevat uw e-mailadres of het deel ervan vóór de @.");
    }

    @Test
    void differentRepeatRejected() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());

        var sent = InvitationPages.send(session, path, InvitationPages.PASSWORD, InvitationPages.PASSWORD + "x", code);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("De twee wachtwoorden zijn niet gelijk.");
    }

    @Test
    void wrongConfirmationCodeRejected() throws Exception {
        var path = invite();
        var session = new WebSession(port);
        var page = session.get(path);
        var code = TestAccounts.totpCode(InvitationPages.secret(page), clock.instant());
        var wrongCode = code.equals("000000") ? "000001" : "000000";

        var sent = InvitationPages.send(session, path, InvitationPages.PASSWORD, InvitationPages.PASSWORD, wrongCode);
        var login = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("Deze code klopt niet.");
        assertThat(InvitationPages.secret(sent)).isEqualTo(InvitationPages.secret(page));
        assertThat(WebSession.location(login)).isEqualTo("/login?error");
    }

    @Test
    void eachRecoveryCodeWorksOnce() throws Exception {
        var path = invite();
        var accepted = InvitationPages.accept(new WebSession(port), path, clock.instant());
        var codes = accepted.recoveryCodes();

        var first = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, codes.get(0));
        var firstAgain = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, codes.get(0));
        var second = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, codes.get(1));

        assertThat(codes).doesNotHaveDuplicates();
        assertThat(WebSession.location(first)).isEqualTo("/home");
        assertThat(WebSession.location(firstAgain)).isEqualTo("/login?error");
        assertThat(WebSession.location(second)).isEqualTo("/home");
    }

    @Test
    void unknownTokenGetsSamePageAsUsedOne() {
        var unknown = new WebSession(port).get("/invitation/" + "A".repeat(43));
        var malformed = new WebSession(port).get("/invitation/not-a-token");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains(INVALID_HEADING);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains(INVALID_HEADING);
    }

    @Test
    void guessingTokensBlocksOnlyInvitationPage() throws Exception {
        var path = invite();
        for (int i = 0; i < 20; i++) {
            var guess = new WebSession(port).get("/invitation/" + "B".repeat(41) + String.format("%02d", i));
            assertThat(guess.statusCode()).isEqualTo(404);
        }

        var valid = new WebSession(port).get(path);
        var code = TestAccounts.totpCode(accounts.of(TestRegion.TEACHER).totpSecret(), clock.instant());
        var login = new WebSession(port).logIn(TestRegion.TEACHER.email(), TestAccounts.PASSWORD, code);

        assertThat(valid.statusCode()).isEqualTo(429);
        assertThat(valid.body()).contains("Te veel pogingen");
        assertThat(WebSession.location(login)).isEqualTo("/home");
    }

    @Test
    void guessedTokensAreAllCountedInParallel() throws Exception {
        var path = invite();
        var start = new java.util.concurrent.CountDownLatch(1);
        var executor = java.util.concurrent.Executors.newFixedThreadPool(30);
        var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        try {
            for (int i = 0; i < 30; i++) {
                var guess = "/invitation/" + "C".repeat(41) + String.format("%02d", i);
                statuses.add(executor.submit(() -> {
                    start.await();
                    return new WebSession(port).get(guess).statusCode();
                }));
            }
            start.countDown();
            var counted = new java.util.ArrayList<Integer>();
            for (var status : statuses) {
                counted.add(status.get());
            }

            assertThat(counted).filteredOn(status -> status == 404).hasSize(20);
            assertThat(counted).filteredOn(status -> status == 429).hasSize(10);
            assertThat(new WebSession(port).get(path).statusCode()).isEqualTo(429);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void oldLinksAreNoGuesses() throws Exception {
        var used = invite();
        InvitationPages.accept(new WebSession(port), used, clock.instant());
        var accountId = accountIdOf(EMAIL);
        var replaced = inviteAgain(accountId);
        var current = inviteAgain(accountId);
        for (int i = 0; i < 6; i++) {
            assertThat(new WebSession(port).get(used).statusCode()).isEqualTo(404);
            assertThat(new WebSession(port).get(replaced).statusCode()).isEqualTo(404);
        }

        var page = new WebSession(port).get(current);

        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedTokensDoNotBlockAddress() throws Exception {
        var path = invite();
        for (int i = 0; i < 6; i++) {
            new WebSession(port).get("/invitation/too-short-" + i);
        }

        var valid = new WebSession(port).get(path);

        assertThat(valid.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptancePostNeedsCsrfToken() throws Exception {
        var path = invite();

        var sent = InvitationPages.send(
                new WebSession(port), path, InvitationPages.PASSWORD, InvitationPages.PASSWORD, "123456");

        assertThat(sent.statusCode()).isEqualTo(403);
    }

    @Test
    void logsContainNoTokenOrSecret(CapturedOutput output) throws Exception {
        var path = invite();
        var token = path.substring(path.lastIndexOf('/') + 1);
        var session = new WebSession(port);
        var accepted = InvitationPages.accept(session, path, clock.instant());
        new WebSession(port).get(path);

        assertThat(output.getAll()).contains("accepted invitation");
        assertThat(output.getAll()).doesNotContain(token);
        assertThat(output.getAll()).doesNotContain(accepted.secret());
        for (var code : accepted.recoveryCodes()) {
            assertThat(output.getAll()).doesNotContain(code);
        }
    }

    /** Invites the test account and returns the path of its link. */
    private String invite() throws Exception {
        inviteAccount();
        return InvitationMails.path(InvitationMails.receiveOne(smtp));
    }

    private String inviteAgain(UUID accountId) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        invitations.reinvite(accountId, null);
        return InvitationMails.path(InvitationMails.receiveOne(smtp));
    }

    private UUID accountIdOf(String email) {
        return jdbc.sql("select id from accounts where email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    private UUID inviteAccount() {
        return invitations.invite(
                NewAccount.organisationAdministrator(
                        EMAIL, "Nina Nieuw", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id()),
                null);
    }
}
