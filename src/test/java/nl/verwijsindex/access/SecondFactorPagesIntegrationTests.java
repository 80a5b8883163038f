package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing the password, the TOTP authenticator and the recovery codes on the profile pages, with
 * an account that a test invites and enrols, so that the region's accounts keep their credentials.
 */
class SecondFactorPagesIntegrationTests extends IntegrationTest {

    private static final String EMAIL = "profiel.test@jeugdhulp.test";
    private static final String NEW_PASSWORD = "herfstbladeren-in-de-tuin";

    @Autowired
    Invitations invitations;

    private InvitationPages.Acceptance enrolment;

    @BeforeEach
    void enrol() throws Exception {
        invitations.invite(
                NewAccount.organisationAdministrator(
                        EMAIL, "Pim Profiel", Locale.forLanguageTag("nl"), TestRegion.YOUTH_CARE.id()),
                null);
        var path = InvitationMails.path(InvitationMails.receiveOne(smtp));
        enrolment = InvitationPages.accept(new WebSession(port), path, clock.instant());
        assertThat(enrolment.page().statusCode()).isEqualTo(200);
        nextStep();
    }

    @Test
    void replacedAuthenticatorStopsOldSecret() {
        var session = logIn(enrolment.secret());
        var form = session.get("/profile/authenticator");
        var newSecret = InvitationPages.secret(form);

        var replaced = session.post(
                "/profile/authenticator", Map.of("currentPassword", InvitationPages.PASSWORD, "code", code(newSecret)));
        var profile = session.get("/profile");
        nextStep();
        var withOldSecret = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code(enrolment.secret()));
        var withNewSecret = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code(newSecret));

        assertThat(newSecret).isNotEqualTo(enrolment.secret());
        assertThat(replaced.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(replaced)).isEqualTo("/profile");
        assertThat(profile.body()).contains("Uw nieuwe authenticatie-app is ingesteld.");
        assertThat(WebSession.location(withOldSecret)).isEqualTo("/login?error");
        assertThat(WebSession.location(withNewSecret)).isEqualTo("/home");
    }

    @Test
    void authenticatorPageKeepsSecretUntilConfirmed() {
        var session = logIn(enrolment.secret());

        var first = InvitationPages.secret(session.get("/profile/authenticator"));
        var second = InvitationPages.secret(session.get("/profile/authenticator"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void authenticatorNeedsCurrentPassword() {
        var session = logIn(enrolment.secret());
        var newSecret = InvitationPages.secret(session.get("/profile/authenticator"));

        var rejected = session.post(
                "/profile/authenticator", Map.of("currentPassword", "niet-het-wachtwoord", "code", code(newSecret)));
        nextStep();
        var withOldSecret = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code(enrolment.secret()));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Uw huidige wachtwoord klopt niet.");
        assertThat(WebSession.location(withOldSecret)).isEqualTo("/home");
    }

    @Test
    void authenticatorRejectsWrongCode() {
        var session = logIn(enrolment.secret());
        var newSecret = InvitationPages.secret(session.get("/profile/authenticator"));
        var code = code(newSecret);

        var rejected = session.post(
                "/profile/authenticator",
                Map.of(
                        "currentPassword",
                        InvitationPages.PASSWORD,
                        "code",
                        code.equals("000000") ? "000001" : "000000"));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Deze code klopt niet.");
        assertThat(InvitationPages.secret(rejected)).isEqualTo(newSecret);
    }

    @Test
    void newRecoveryCodesReplaceOldOnes() {
        var session = logIn(enrolment.secret());
        session.get("/profile/recovery-codes");

        var created = session.post("/profile/recovery-codes", Map.of("currentPassword", InvitationPages.PASSWORD));
        var newCodes = InvitationPages.recoveryCodes(created);
        var withOldCode = new WebSession(port)
                .logIn(
                        EMAIL,
                        InvitationPages.PASSWORD,
                        enrolment.recoveryCodes().get(5));
        var withNewCode = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, newCodes.get(0));
        var withNewCodeAgain = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, newCodes.get(0));
        var profile = loggedInAgain().get("/profile");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(newCodes).hasSize(10);
        assertThat(newCodes).doesNotContainAnyElementsOf(enrolment.recoveryCodes());
        assertThat(WebSession.location(withOldCode)).isEqualTo("/login?error");
        assertThat(WebSession.location(withNewCode)).isEqualTo("/home");
        assertThat(WebSession.location(withNewCodeAgain)).isEqualTo("/login?error");
        assertThat(profile.body()).contains("U hebt nog 9 ongebruikte herstelcodes.");
        assertThat(profile.body()).doesNotContain(newCodes.get(1));
    }

    @Test
    void recoveryCodesNeedCurrentPassword() {
        var session = logIn(enrolment.secret());
        session.get("/profile/recovery-codes");

        var rejected = session.post("/profile/recovery-codes", Map.of("currentPassword", ""));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Vul uw huidige wachtwoord in.");
        assertThat(InvitationPages.recoveryCodes(rejected)).isEmpty();
    }

    @Test
    void passwordChangeEndsOtherSessions() {
        var other = logIn(enrolment.secret());
        nextStep();
        var session = logIn(enrolment.secret());
        session.get("/profile/password");

        var changed = session.post(
                "/profile/password",
                Map.of(
                        "currentPassword", InvitationPages.PASSWORD,
                        "newPassword", NEW_PASSWORD,
                        "newPasswordRepeat", NEW_PASSWORD));
        var stillLoggedIn = session.get("/profile");
        var otherAfter = other.get("/profile");
        nextStep();
        var withOldPassword = new WebSession(port).logIn(EMAIL, InvitationPages.PASSWORD, code(enrolment.secret()));
        var withNewPassword = new WebSession(port).logIn(EMAIL, NEW_PASSWORD, code(enrolment.secret()));

        assertThat(WebSession.location(changed)).isEqualTo("/profile");
        assertThat(stillLoggedIn.statusCode()).isEqualTo(200);
        assertThat(stillLoggedIn.body()).contains("Uw wachtwoord is gewijzigd.");
        assertThat(otherAfter.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(otherAfter)).isEqualTo("/login");
        assertThat(WebSession.location(withOldPassword)).isEqualTo("/login?error");
        assertThat(WebSession.location(withNewPassword)).isEqualTo("/home");
    }

    @Test
    void weakNewPasswordRejected() {
        var session = logIn(enrolment.secret());
        session.get("/profile/password");

        var rejected = session.post(
                "/profile/password",
                Map.of(
                        "currentPassword", InvitationPages.PASSWORD,
                        "newPassword", "iloveyou1234",
                        "newPasswordRepeat", "iloveyou1234"));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.");
        assertThat(rejected.body())
                .containsPattern("<input [^>]*id=\"new-password\"[^>]*autocomplete=\"new-password\""
                        + " aria-invalid=\"true\" aria-describedby=\"password-rules new-password-error\">");
        assertThat(rejected.body())
                .containsPattern("<input [^>]*id=\"current-password\"[^>]*autocomplete=\"current-password\""
                        + " aria-describedby=\"current-password-description\">");
    }

    @Test
    void passwordFieldsLinkTheirTexts() {
        var session = logIn(enrolment.secret());

        var page = session.get("/profile/password").body();

        assertThat(page)
                .containsPattern("<input [^>]*id=\"current-password\"\\s+name=\"currentPassword\" type=\"password\"");
        assertThat(page).containsPattern("<input [^>]*id=\"new-password\"[^>]*aria-describedby=\"password-rules\">");
        assertThat(page).containsPattern("<input [^>]*id=\"new-password-repeat\"[^>]*autocomplete=\"new-password\">");
        assertThat(page).contains("id=\"current-password-description\"");
        assertThat(page).doesNotContain("aria-invalid");
    }

    @Test
    void wrongCurrentPasswordsBlockChanges() {
        var session = logIn(enrolment.secret());
        session.get("/profile/password");
        var wrong = Map.of(
                "currentPassword", "niet-het-wachtwoord",
                "newPassword", NEW_PASSWORD,
                "newPasswordRepeat", NEW_PASSWORD);
        for (int i = 0; i < 5; i++) {
            session.post("/profile/password", wrong);
        }

        var blocked = session.post(
                "/profile/password",
                Map.of(
                        "currentPassword", InvitationPages.PASSWORD,
                        "newPassword", NEW_PASSWORD,
                        "newPasswordRepeat", NEW_PASSWORD));

        assertThat(blocked.statusCode()).isEqualTo(422);
        assertThat(blocked.body()).contains("Er is te vaak een verkeerd wachtwoord ingevuld.");
    }

    @Test
    void wrongPasswordsSpareColleagues() {
        var session = logIn(enrolment.secret());
        session.get("/profile/recovery-codes");
        for (int i = 0; i < 5; i++) {
            var wrong = session.post("/profile/recovery-codes", Map.of("currentPassword", "niet-het-wachtwoord"));
            assertThat(wrong.body()).contains("Uw huidige wachtwoord klopt niet");
        }
        var code = TestAccounts.totpCode(accounts.of(TestRegion.NURSE).totpSecret(), clock.instant());

        var colleague = new WebSession(port).logIn(TestRegion.NURSE.email(), TestAccounts.PASSWORD, code);

        assertThat(WebSession.location(colleague)).isEqualTo("/home");
    }

    @Test
    void secondFactorPagesNeedLogin() {
        for (var path : List.of("/profile/password", "/profile/authenticator", "/profile/recovery-codes")) {
            var page = new WebSession(port).get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(WebSession.location(page)).as(path).isEqualTo("/login");
        }
    }

    private WebSession logIn(String secret) {
        var session = new WebSession(port);
        var login = session.logIn(EMAIL, InvitationPages.PASSWORD, code(secret));
        assertThat(WebSession.location(login))
                .as("login of the enrolled account")
                .isEqualTo("/home");
        return session;
    }

    private WebSession loggedInAgain() {
        nextStep();
        return logIn(enrolment.secret());
    }

    private String code(String secret) {
        return TestAccounts.totpCode(secret, clock.instant());
    }

    /** Moves the clock to the next TOTP step, because a code logs in only once. */
    private void nextStep() {
        clock.setInstant(clock.instant().plusSeconds(30));
    }
}
