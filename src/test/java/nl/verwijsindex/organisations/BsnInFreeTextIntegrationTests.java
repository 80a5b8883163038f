package nl.verwijsindex.organisations;

import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.connectForm;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Names and phone numbers on the administrators' forms and the profile reject anything that looks
 * like a BSN, with a message that names the field and the fix and never repeats the number.
 */
class BsnInFreeTextIntegrationTests extends IntegrationTest {

    /** BSNs of the BRP test data, written as people type them: with separators or without a leading zero. */
    private static final List<String> WRITTEN_BSNS = List.of("999970045", "999 970 045", "999.970.045", "00009830");

    @Autowired
    Professionals professionals;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kind 999970045", "999 970 045", "999.970.045", "Kind 00009830", "NR 1 999970045"})
    void designationRejectsBsnInName(String name) {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response =
                administrator.post("/organisation/professionals", professionalForm(name, "rik.vandam@school.test", ""));

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body)
                .contains(
                        "href=\"#name\">De naam lijkt een BSN te bevatten. Laat het BSN weg en vul alleen de naam in.");
        assertThat(body).contains("id=\"name-error\"");
        assertThat(body).doesNotContain(name);
        assertThat(body).contains("value=\"rik.vandam@school.test\"");
        assertThat(professionalCount("rik.vandam@school.test")).isZero();
    }

    @Test
    void designationRejectsBsnInPhone() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new?lang=en");

        for (var phone : WRITTEN_BSNS) {
            var response = administrator.post(
                    "/organisation/professionals", professionalForm("Rik van Dam", "rik.vandam@school.test", phone));

            var body = response.body();
            assertThat(response.statusCode()).as(phone).isEqualTo(422);
            assertThat(body)
                    .as(phone)
                    .contains("href=\"#phone\">The phone number looks like a BSN. Leave the BSN out and enter a phone"
                            + " number, or leave the field empty.");
            assertThat(body).as(phone).doesNotContain(phone);
            assertThat(body).as(phone).contains("value=\"Rik van Dam\"");
        }
        assertThat(professionalCount("rik.vandam@school.test")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Rik\r\nvan Dam", "Rik\u202EmaD nav"})
    void designationRejectsControlCharactersInName(String name) {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response =
                administrator.post("/organisation/professionals", professionalForm(name, "rik.vandam@school.test", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#name\">De naam bevat een regeleinde of een onzichtbaar teken. Typ de naam op één"
                        + " regel, zonder zulke tekens.");
        assertThat(professionalCount("rik.vandam@school.test")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+31 6 999970045", "06\r\n12345678"})
    void designationRejectsPhoneWithBsnOrLineBreak(String phone) {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var response = administrator.post(
                "/organisation/professionals", professionalForm("Rik van Dam", "rik.vandam@school.test", phone));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#phone\">");
        assertThat(professionalCount("rik.vandam@school.test")).isZero();
    }

    @Test
    void designationChecksPhoneLikeProfile() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");

        var invalid = administrator.post(
                "/organisation/professionals", professionalForm("Rik van Dam", "rik.vandam@school.test", "06-1234"));
        var valid = administrator.post(
                "/organisation/professionals",
                professionalForm("Rik van Dam", "rik.vandam@school.test", "+31 6 1234 5678"));

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body())
                .contains("href=\"#phone\">Het telefoonnummer 06-1234 is ongeldig. Vul een Nederlands nummer van 10"
                        + " cijfers in, zoals 070 123 4567, of een internationaal nummer met +, zoals +32 2 123 45 67,"
                        + " of laat het veld leeg.");
        assertThat(valid.statusCode()).isEqualTo(302);
        assertThat(professionalCount("rik.vandam@school.test")).isEqualTo(1);
    }

    @Test
    void connectFormRejectsBsnInInviteeName() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363/organisations/new");
        var form = connectForm("Stichting Nieuw Begin", "rosa@nieuwbegin.test");
        form.put("inviteeName", "999 970 045");

        var response = officer.post("/municipality/0363/organisations/new", form);

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body)
                .contains("href=\"#invitee-name\">Naam: de naam lijkt een BSN te bevatten. Laat het BSN weg en vul"
                        + " alleen de naam in.");
        assertThat(body).doesNotContain("999 970 045");
        assertThat(body).contains("value=\"Stichting Nieuw Begin\"");
        assertThat(organisationCount("Stichting Nieuw Begin")).isZero();
    }

    @Test
    void connectFormRejectsBsnInOrganisationName() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363/organisations/new?lang=en");

        var response = officer.post(
                "/municipality/0363/organisations/new", connectForm("Praktijk 00009830", "rosa@nieuwbegin.test"));

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body)
                .contains(
                        "href=\"#name\">Name of the organisation: the name looks like a BSN. Leave the BSN out and enter"
                                + " only the name.");
        assertThat(body).doesNotContain("00009830");
        assertThat(organisationCount("Praktijk 00009830")).isZero();
    }

    @Test
    void newMunicipalityFormRejectsBsnInNames() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");
        var form = new LinkedHashMap<String, String>();
        form.put("code", "1901");
        form.put("name", "Dorp 999970045");
        form.put("inviteeName", "Sam 999.970.045");
        form.put("inviteeEmail", "sam@testdorp.test");
        form.put("inviteeLanguage", "nl");

        var response = administrator.post("/administration/municipalities/new", form);

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body)
                .contains("href=\"#municipality-name\">Naam van de gemeente: de naam lijkt een BSN te bevatten.");
        assertThat(body).contains("href=\"#invitee-name\">Naam: de naam lijkt een BSN te bevatten.");
        assertThat(body).doesNotContain("999970045", "999.970.045");
        assertThat(body).contains("value=\"1901\"", "value=\"sam@testdorp.test\"");
        assertThat(jdbc.sql("select count(*) from municipalities where code = '1901'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void profileRejectsBsnAsPhone() {
        var session = loggedIn(TEACHER);
        session.get("/profile");

        for (var phone : List.of("+999970045", "999 970 045")) {
            var response = session.post("/profile/phone", Map.of("phone", phone));

            assertThat(response.statusCode()).as(phone).isEqualTo(422);
            assertThat(response.body())
                    .as(phone)
                    .contains("href=\"#phone\">Het telefoonnummer lijkt een BSN. Laat het BSN weg en vul uw"
                            + " telefoonnummer in, of laat het veld leeg.");
            assertThat(response.body()).as(phone).contains("id=\"phone-error\"", "aria-invalid=\"true\"");
            assertThat(response.body()).as(phone).doesNotContain(phone);
        }
        assertThat(professionals.contacts(List.of(TEACHER.id())).get(0).phone()).isEqualTo(TEACHER.phone());
    }

    private long professionalCount(String email) {
        return jdbc.sql("select count(*) from professionals where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long organisationCount(String name) {
        return jdbc.sql("select count(*) from organisations where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> professionalForm(String name, String email, String phone) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", phone);
        form.put("language", "nl");
        return form;
    }
}
