package nl.verwijsindex.profile;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page over HTTP: what it shows each role, and the language and phone forms. */
class ProfilePageIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, in the RvIG test persons. */
    private static final String CHILD = "999970033";

    @Autowired
    Professionals professionals;

    @Test
    void professionalSeesOwnDetails() {
        var page = loggedIn(TEACHER).get("/profile");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(page.body()).contains("id=\"profile-name\">Anna de Vries</dd>");
        assertThat(page.body()).contains("id=\"profile-email\">anna.devries@school.test</dd>");
        assertThat(page.body()).contains("id=\"profile-role\">Beroepskracht</dd>");
        assertThat(page.body()).contains("id=\"profile-scope\">Basisschool De Regenboog</dd>");
        assertThat(page.body()).contains("value=\"070 111 1111\"");
        assertThat(page.body()).contains("Andere beroepskrachten in een match met u zien dit nummer");
        assertThat(page.body()).contains("id=\"second-factors\"");
        assertThat(page.body()).contains("U hebt nog 10 ongebruikte herstelcodes.");
        assertThat(page.body()).contains("id=\"manage-passkeys\" href=\"/profile/passkeys\"");
    }

    @Test
    void administratorHasNoPhoneForm() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);

        var page = session.get("/profile");
        var phone = session.post("/profile/phone", Map.of("phone", "070 123 4567"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"profile-role\">Beheerder van de organisatie</dd>");
        assertThat(page.body()).doesNotContain("id=\"phone-form\"");
        assertThat(phone.statusCode()).isEqualTo(403);
    }

    @Test
    void profileNeedsLogin() {
        var page = new WebSession(port).get("/profile");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(page)).isEqualTo("/login");
    }

    @Test
    void languageChangeSwitchesPagesAndAccount() {
        var session = loggedIn(SCHOOL_ADMINISTRATOR);
        session.get("/profile");

        var saved = session.post("/profile/language", Map.of("language", "en"));
        var page = session.get(WebSession.location(saved));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(saved)).isEqualTo("/profile?lang=en");
        assertThat(page.body()).contains("Your language has been saved.");
        assertThat(page.body()).contains("id=\"language-en\" value=\"en\" checked");
        assertThat(accountLanguage(SCHOOL_ADMINISTRATOR.email())).isEqualTo("en");
    }

    @Test
    void savedLanguageAppliesAtNextLogin() {
        var session = loggedIn(TEACHER);
        session.get("/profile");
        session.post("/profile/language", Map.of("language", "en"));
        session.get("/home");
        session.logOut();

        // The next login needs a code of a later 30-second step, because each code works once.
        clock.setInstant(clock.instant().plusSeconds(30));
        var dutchBrowser = new WebSession(port).acceptLanguage("nl-NL,nl;q=0.9");
        dutchBrowser.logIn(
                TEACHER.email(),
                TestAccounts.PASSWORD,
                TestAccounts.totpCode(accounts.of(TEACHER).totpSecret(), clock.instant()));
        var home = dutchBrowser.get("/home");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"account-role\">Professional</dd>");
        assertThat(home.body()).doesNotContain("Beroepskracht");
    }

    @Test
    void invalidLanguageRejected() {
        var session = loggedIn(TEACHER);
        session.get("/profile");

        var saved = session.post("/profile/language", Map.of("language", "de"));

        assertThat(saved.statusCode()).isEqualTo(422);
        assertThat(saved.body()).contains("Kies Nederlands of English.");
        assertThat(accountLanguage(TEACHER.email())).isEqualTo("nl");
    }

    @Test
    void languageChangeReachesNextMatchEmail() throws Exception {
        var teacher = loggedIn(TEACHER);
        teacher.get("/profile");
        teacher.post("/profile/language", Map.of("language", "en"));

        register(teacher, CHILD);
        register(loggedIn(CARER), CHILD);

        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        var toTeacher = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(TEACHER.email()))
                .findFirst()
                .orElseThrow();
        var toCarer = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(CARER.email()))
                .findFirst()
                .orElseThrow();
        assertThat(toTeacher.getSubject()).startsWith("Match in the reference index: child match");
        assertThat(toCarer.getSubject()).startsWith("Match in de verwijsindex: kindmatch");
        assertThat(accountLanguage(TEACHER.email())).isEqualTo("en");
    }

    @Test
    void phoneChangeIsSavedAndShownInMatches() {
        var session = loggedIn(TEACHER);
        session.get("/profile");

        var saved = session.post("/profile/phone", Map.of("phone", " +31 6 1234 5678 "));
        var page = session.get("/profile");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains("Uw telefoonnummer is opgeslagen.");
        assertThat(page.body()).contains("value=\"+31 6 1234 5678\"");
        assertThat(professionals.contacts(List.of(TEACHER.id())).get(0).phone()).isEqualTo("+31 6 1234 5678");
    }

    @Test
    void invalidPhoneRejectedWithMessage() {
        var session = loggedIn(TEACHER);
        session.get("/profile");

        for (var invalid : List.of("12345", "06-1234", "+31 6 1234 5678 9012 3456", "bel me maar", "070 111 11112")) {
            var saved = session.post("/profile/phone", Map.of("phone", invalid));

            assertThat(saved.statusCode()).as(invalid).isEqualTo(422);
            assertThat(saved.body()).as(invalid).contains("Dit telefoonnummer klopt niet.");
            assertThat(saved.body()).as(invalid).contains("aria-invalid=\"true\"");
        }
        assertThat(professionals.contacts(List.of(TEACHER.id())).get(0).phone()).isEqualTo(TEACHER.phone());
    }

    @Test
    void blankPhoneRemovesNumber() {
        var session = loggedIn(TEACHER);
        session.get("/profile");

        var saved = session.post("/profile/phone", Map.of("phone", "  "));
        var page = session.get("/profile");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains("Uw telefoonnummer is verwijderd.");
        assertThat(professionals.contacts(List.of(TEACHER.id())).get(0).phone()).isNull();
    }

    @Test
    void profileChangesNeedCsrfToken() {
        // The token of the login form, which the login replaced: what a forged form could send at best.
        var session = loggedIn(TEACHER);

        var saved = session.post("/profile/phone", Map.of("phone", "070 123 4567"));

        assertThat(saved.statusCode()).isEqualTo(403);
        assertThat(professionals.contacts(List.of(TEACHER.id())).get(0).phone()).isEqualTo(TEACHER.phone());
    }

    private String accountLanguage(String email) {
        return jdbc.sql("select language from accounts where lower(email) = lower(?)")
                .param(email)
                .query(String.class)
                .single();
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void register(WebSession session, String bsn) {
        session.get("/signals/new");
        var form = new LinkedHashMap<String, String>();
        form.put("bsn", bsn);
        form.put("ownReference", "");
        form.put("endDate", "");
        var response = session.post("/signals/new", form);
        assertThat(response.statusCode()).isEqualTo(302);
    }
}
