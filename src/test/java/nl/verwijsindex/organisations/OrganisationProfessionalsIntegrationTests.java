package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** The organisation administrator's list of professionals: designating, deactivating and reactivating. */
class OrganisationProfessionalsIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void listShowsOwnProfessionals() {
        accounts.of(TEACHER);
        new TestApi(port).register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        var response = loggedIn(SCHOOL_ADMINISTRATOR).get("/organisation/professionals");

        var body = response.body();
        var teacherRow = row(body, TEACHER.id());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(teacherRow).contains(TEACHER.name(), TEACHER.email(), TEACHER.phone(), "Nederlands");
        assertThat(teacherRow).contains(">Ja<", ">Actief<", ">1<", "Deactiveren: " + TEACHER.name());
        assertThat(teacherRow).contains("href=\"/organisation/professionals/" + TEACHER.id() + "/transfer\"");
        assertThat(row(body, HEADTEACHER.id()))
                .contains(HEADTEACHER.name(), ">0<")
                .doesNotContain("/transfer");
        assertThat(body).doesNotContain(NURSE.name(), OTHER_TOWN_TEACHER.name(), CHILD);
    }

    @Test
    void designatingStoresProfessional() throws Exception {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response = administrator.post(
                "/organisation/professionals", form("Rik van Dam", " rik.vandam@school.test ", "06-12345678", "en"));
        var list = administrator.get(WebSession.location(response)).body();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/organisation/professionals");
        assertThat(list).contains("Rik van Dam is aangewezen als beroepskracht en krijgt een uitnodiging per e-mail.");
        assertThat(list).contains("rik.vandam@school.test", "06-12345678", "English", ">Uitgenodigd<");
        var stored = jdbc.sql("select organisation_id, name, email, phone, language, active from professionals"
                        + " where email = 'rik.vandam@school.test'")
                .query()
                .singleRow();
        assertThat(stored.get("organisation_id")).isEqualTo(SCHOOL.id());
        assertThat(stored.get("name")).isEqualTo("Rik van Dam");
        assertThat(stored.get("phone")).isEqualTo("06-12345678");
        assertThat(stored.get("language")).isEqualTo("en");
        assertThat(stored.get("active")).isEqualTo(true);
        var invitation = awaitInvitation("rik.vandam@school.test");
        assertThat(invitation.getSubject()).isEqualTo("Invitation to the reference index");
        assertThat(jdbc.sql(
                                "select a.role, a.organisation_id, i.invited_by from accounts a"
                                        + " join account_invitations i on i.account_id = a.id where a.email = 'rik.vandam@school.test'")
                        .query()
                        .singleRow())
                .containsEntry("role", "professional")
                .containsEntry("organisation_id", SCHOOL.id())
                .containsEntry("invited_by", accountId(SCHOOL_ADMINISTRATOR.email()));
    }

    @Test
    void invitationCanBeSentAgain() throws Exception {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");
        administrator.post("/organisation/professionals", form("Rik van Dam", "rik.vandam@school.test", "", "nl"));
        awaitInvitation("rik.vandam@school.test");
        smtp.purgeEmailFromAllMailboxes();
        var firstInvitation = invitationId("rik.vandam@school.test");
        var professionalId = jdbc.sql("select id from professionals where email = 'rik.vandam@school.test'")
                .query(UUID.class)
                .single();
        administrator.get("/organisation/professionals");

        var response = administrator.post("/organisation/professionals/" + professionalId + "/invite", Map.of());
        var list = administrator.get("/organisation/professionals").body();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(list).contains("Rik van Dam krijgt een nieuwe uitnodiging per e-mail.");
        assertThat(awaitInvitation("rik.vandam@school.test").getSubject())
                .isEqualTo("Uitnodiging voor de verwijsindex");
        assertThat(invitationId("rik.vandam@school.test")).isNotEqualTo(firstInvitation);
    }

    @Test
    void invitationIsNotSentToActiveAccount() throws Exception {
        accounts.of(TEACHER);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        administrator.post("/organisation/professionals/" + TEACHER.id() + "/invite", Map.of());
        var list = administrator.get("/organisation/professionals").body();

        assertThat(list).contains(TEACHER.name() + " heeft de uitnodiging al aangenomen");
        assertThat(row(list, TEACHER.id())).doesNotContain("/invite");
        assertThat(invitationCount(TEACHER)).isZero();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void professionalWithoutAccountCanBeInvited() throws Exception {
        // Designated before invitations existed, as the demo professionals are, so without an account.
        var professionalId = UUID.randomUUID();
        jdbc.sql("insert into professionals (id, organisation_id, name, email, language) values (?, ?, ?, ?, 'nl')")
                .params(professionalId, SCHOOL.id(), "Sem Zonder Account", "sem@school.test")
                .update();
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        var before = row(administrator.get("/organisation/professionals").body(), professionalId);

        administrator.post("/organisation/professionals/" + professionalId + "/invite", Map.of());

        assertThat(before).contains(">Geen account<", "/organisation/professionals/" + professionalId + "/invite");
        assertThat(awaitInvitation("sem@school.test").getSubject()).isEqualTo("Uitnodiging voor de verwijsindex");
        assertThat(row(administrator.get("/organisation/professionals").body(), professionalId))
                .contains(">Uitgenodigd<");
    }

    @Test
    void invitationRejectsAddressOfOtherAccount() {
        accounts.of(SCHOOL_ADMINISTRATOR);
        var professionalId = UUID.randomUUID();
        jdbc.sql("insert into professionals (id, organisation_id, name, email, language) values (?, ?, ?, ?, 'nl')")
                .params(professionalId, SCHOOL.id(), "Karin Ook Beroepskracht", SCHOOL_ADMINISTRATOR.email())
                .update();
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var response = administrator.post("/organisation/professionals/" + professionalId + "/invite", Map.of());
        var list = administrator.get("/organisation/professionals").body();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(list).contains("Het e-mailadres van Karin Ook Beroepskracht hoort al bij een ander account.");
        assertThat(jdbc.sql("select count(*) from accounts where professional_id = ?")
                        .param(professionalId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void foreignProfessionalIsNotInvited() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var response =
                administrator.post("/organisation/professionals/" + OTHER_TOWN_TEACHER.id() + "/invite", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(OTHER_TOWN_TEACHER.name());
        assertThat(invitationCount(OTHER_TOWN_TEACHER)).isZero();
    }

    @Test
    void designatingWithoutPhoneStoresNull() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        administrator.post("/organisation/professionals", form("Sara Kok", "sara.kok@school.test", " ", "nl"));

        assertThat(jdbc.sql("select phone from professionals where email = 'sara.kok@school.test'")
                        .query()
                        .singleRow()
                        .get("phone"))
                .isNull();
    }

    @Test
    void designatingRejectsInvalidFields() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response = administrator.post("/organisation/professionals", form(" ", "rik@school", "bel me", "de"));

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body).contains("<title>Fout: beroepskracht aanwijzen - Verwijsindex</title>");
        assertThat(body).contains("href=\"#name\">Vul de naam in.</a>");
        assertThat(body).contains("href=\"#email\">Het e-mailadres rik@school is ongeldig.");
        assertThat(body).contains("href=\"#phone\">Het telefoonnummer bel me is ongeldig.");
        assertThat(body).contains("href=\"#language\">Kies Nederlands of English.</a>");
        assertThat(body).contains("id=\"email-error\"", "aria-describedby=\"email-description email-error\"");
        assertThat(body).contains("value=\"rik@school\"");
        assertThat(schoolProfessionalCount()).isEqualTo(2);
    }

    @Test
    void designatingRejectsTooLongName() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response =
                administrator.post("/organisation/professionals", form("a".repeat(201), "lang@school.test", "", "nl"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("De naam is te lang: gebruik hoogstens 200 tekens.");
    }

    @Test
    void designatingRejectsEmailInUse() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var ofProfessional = administrator.post(
                "/organisation/professionals", form("Tweede Jan", "JAN.HOEKSTRA@zaandam.test", "", "nl"));
        var ofAdministrator = administrator.post(
                "/organisation/professionals", form("Karin", SCHOOL_ADMINISTRATOR.email(), "", "nl"));

        assertThat(ofProfessional.statusCode()).isEqualTo(422);
        assertThat(ofProfessional.body())
                .contains("Het e-mailadres JAN.HOEKSTRA@zaandam.test kan niet worden gebruikt. Vraag de persoon om"
                        + " een ander werkadres, of neem contact op met de functioneel beheerder.")
                .doesNotContain(
                        OTHER_TOWN_TEACHER.name(),
                        OTHER_TOWN_TEACHER.organisation().name());
        assertThat(ofProfessional.body()).doesNotContain("eractiveer", "al in gebruik");
        assertThat(ofAdministrator.statusCode()).isEqualTo(422);
        assertThat(ofAdministrator.body())
                .contains("Het e-mailadres beheer@school.test kan niet worden gebruikt. Vraag de persoon om"
                        + " een ander werkadres, of neem contact op met de functioneel beheerder.");
        assertThat(schoolProfessionalCount()).isEqualTo(2);
    }

    @Test
    void designatingOwnProfessionalEmailSaysSo() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");
        administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());
        administrator.get("/organisation/professionals/new");

        var ofDeactivated = administrator.post(
                "/organisation/professionals", form("Anna", TEACHER.email().toUpperCase(), "", "nl"));
        var ofActive = administrator.post("/organisation/professionals", form("Bram", HEADTEACHER.email(), "", "nl"));

        assertThat(ofDeactivated.statusCode()).isEqualTo(422);
        assertThat(ofDeactivated.body())
                .contains("Het e-mailadres ANNA.DEVRIES@SCHOOL.TEST hoort bij een gedeactiveerde beroepskracht"
                        + " van uw organisatie. Heractiveer die beroepskracht in de lijst van beroepskrachten,"
                        + " of vul een ander adres in.");
        assertThat(ofActive.statusCode()).isEqualTo(422);
        assertThat(ofActive.body())
                .contains("Het e-mailadres bram.janssen@school.test hoort al bij een beroepskracht van uw"
                        + " organisatie. Vul een ander adres in.");
        assertThat(schoolProfessionalCount()).isEqualTo(2);
    }

    @Test
    void deactivationEndsSessionAtOnce() {
        var teacher = loggedIn(TEACHER);
        assertThat(teacher.get("/signals").statusCode()).isEqualTo(200);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var response = administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());
        var afterwards = teacher.get("/signals");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(administrator.get("/organisation/professionals").body())
                .contains(TEACHER.name() + " is gedeactiveerd. Lopende sessies zijn beëindigd.");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(afterwards)).isEqualTo("/login");
        assertThat(professionalActive(TEACHER)).isFalse();
        assertThat(accountActive(TEACHER)).isFalse();
        assertThat(sessionCount(TEACHER)).isZero();
    }

    @Test
    void deactivatedProfessionalCannotRegisterOrLogIn() {
        var enrolment = accounts.of(TEACHER);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");
        administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());

        var registration = new TestApi(port).register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        var login = new WebSession(port)
                .logIn(
                        TEACHER.email(),
                        TestAccounts.PASSWORD,
                        TestAccounts.totpCode(enrolment.totpSecret(), clock.instant()));

        assertThat(registration.status()).isEqualTo(422);
        assertThat(registration.errorCode()).isEqualTo("professional-inactive");
        assertThat(WebSession.location(login)).isNotEqualTo("/home");
    }

    @Test
    void deactivationKeepsActiveSignals() {
        accounts.of(TEACHER);
        new TestApi(port).register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());
        var teacherRow = row(administrator.get("/organisation/professionals").body(), TEACHER.id());

        assertThat(jdbc.sql("select count(*) from signals where professional_id = ? and status = 'active'")
                        .param(TEACHER.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(teacherRow).contains(">Nee<", ">Gedeactiveerd<", ">1<", "Heractiveren: " + TEACHER.name());
        assertThat(teacherRow).contains("/organisation/professionals/" + TEACHER.id() + "/transfer");
    }

    @Test
    void reactivationLetsProfessionalLogInAgain() {
        accounts.of(TEACHER);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");
        administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());
        administrator.get("/organisation/professionals");

        var response = administrator.post("/organisation/professionals/" + TEACHER.id() + "/reactivate", Map.of());
        // The TOTP code of a step logs in once, so this login needs the next step.
        clock.setInstant(clock.instant().plusSeconds(30));
        var teacher = loggedIn(TEACHER);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(administrator.get("/organisation/professionals").body())
                .contains(TEACHER.name() + " is weer actief.");
        assertThat(professionalActive(TEACHER)).isTrue();
        assertThat(accountActive(TEACHER)).isTrue();
        assertThat(teacher.get("/signals").statusCode()).isEqualTo(200);
    }

    @Test
    void foreignProfessionalIsNotFound() {
        accounts.of(OTHER_TOWN_TEACHER);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var deactivate =
                administrator.post("/organisation/professionals/" + OTHER_TOWN_TEACHER.id() + "/deactivate", Map.of());
        var reactivate =
                administrator.post("/organisation/professionals/" + OTHER_TOWN_TEACHER.id() + "/reactivate", Map.of());
        var unknown = administrator.post("/organisation/professionals/" + UUID.randomUUID() + "/deactivate", Map.of());
        var malformed = administrator.post("/organisation/professionals/not-an-id/deactivate", Map.of());

        for (var response : java.util.List.of(deactivate, reactivate, unknown, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body())
                    .doesNotContain(OTHER_TOWN_TEACHER.name(), OTHER_TOWN_TEACHER.email(), OTHER_TOWN_TEACHER.phone());
        }
        assertThat(professionalActive(OTHER_TOWN_TEACHER)).isTrue();
        assertThat(accountActive(OTHER_TOWN_TEACHER)).isTrue();
    }

    @Test
    void otherTownAdministratorCannotDeactivateTeacher() {
        accounts.of(TEACHER);
        var administrator = loggedIn(OTHER_TOWN_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var response = administrator.post("/organisation/professionals/" + TEACHER.id() + "/deactivate", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(TEACHER.name(), TEACHER.email());
        assertThat(professionalActive(TEACHER)).isTrue();
        assertThat(accountActive(TEACHER)).isTrue();
    }

    @Test
    void professionalCannotDeactivateColleague() {
        var teacher = loggedIn(TEACHER);
        teacher.get("/signals/new");

        var response = teacher.post("/organisation/professionals/" + HEADTEACHER.id() + "/deactivate", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(professionalActive(HEADTEACHER)).isTrue();
    }

    private jakarta.mail.internet.MimeMessage awaitInvitation(String email) throws Exception {
        assertThat(smtp.waitForIncomingEmail(15_000, 1))
                .as("an invitation arrived")
                .isTrue();
        var messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo(email);
        return messages[0];
    }

    private UUID invitationId(String email) {
        return jdbc.sql(
                        "select i.id from account_invitations i join accounts a on a.id = i.account_id where a.email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    private UUID accountId(String email) {
        return jdbc.sql("select id from accounts where email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    private boolean professionalActive(Person person) {
        return jdbc.sql("select active from professionals where id = ?")
                .param(person.id())
                .query(Boolean.class)
                .single();
    }

    private boolean accountActive(Person person) {
        return jdbc.sql("select active from accounts where professional_id = ?")
                .param(person.id())
                .query(Boolean.class)
                .single();
    }

    private int sessionCount(Person person) {
        return jdbc.sql("select count(*) from spring_session s join accounts a on s.principal_name = a.id::text"
                        + " where a.professional_id = ?")
                .param(person.id())
                .query(Integer.class)
                .single();
    }

    private int schoolProfessionalCount() {
        return jdbc.sql("select count(*) from professionals where organisation_id = ?")
                .param(SCHOOL.id())
                .query(Integer.class)
                .single();
    }

    private int invitationCount(Person person) {
        return jdbc.sql("select count(*) from account_invitations i join accounts a on a.id = i.account_id"
                        + " where a.professional_id = ?")
                .param(person.id())
                .query(Integer.class)
                .single();
    }

    /** Returns the table row of the professional in the list page. */
    private static String row(String page, UUID professionalId) {
        int start = page.indexOf("id=\"professional-" + professionalId + "\"");
        assertThat(start).as("row of professional %s", professionalId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static Map<String, String> form(String name, String email, String phone, String language) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", phone);
        form.put("language", language);
        return form;
    }
}
