package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The functional administrator's list of municipalities and the form that adds one. */
class AdministrationPagesIntegrationTests extends IntegrationTest {

    @Test
    void listsMunicipalitiesWithOrganisationCounts() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var response = administrator.get("/administration");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(row(body, "0363")).contains(">0363<", "href=\"/municipality/0363\">Amsterdam</a>", ">5<");
        assertThat(row(body, "0479")).contains(">0479<", "href=\"/municipality/0479\">Zaanstad</a>", ">1<");
        assertThat(body).contains("href=\"/administration/outbox\"");
    }

    @Test
    void addsMunicipality() throws Exception {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var response = administrator.post("/administration/municipalities/new", form("1901", " Testdorp "));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/administration");
        var list = administrator.get("/administration").body();
        assertThat(list).contains("Gemeente Testdorp is toegevoegd.");
        assertThat(row(list, "1901")).contains("Testdorp", ">0<");
        assertThat(jdbc.sql("select name from municipalities where code = '1901'")
                        .query(String.class)
                        .single())
                .isEqualTo("Testdorp");
        assertThat(administrator.get("/municipality/1901").body())
                .contains("Er zijn nog geen organisaties aangesloten.");
    }

    @Test
    void rejectsTakenCode() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var response = administrator.post("/administration/municipalities/new", form("0363", "Tweede Amsterdam"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#code\">Er bestaat al een gemeente met deze code.");
        assertThat(municipalityCount("Tweede Amsterdam")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0000, 'De code 0000 is geen gemeentecode. Gemeentecodes lopen van 0001 tot en met 1998, en 1999 is de Registratie Niet-ingezetenen (RNI). Vul een code in van 0001 tot en met 1998.'",
        "1999, 'De code 1999 is geen gemeentecode.'",
        "2000, 'De code 2000 is geen gemeentecode.'",
        "9999, 'De code 9999 is geen gemeentecode.'",
        "123, 'De gemeentecode 123 bestaat niet uit vier cijfers. Vul een code in van 0001 tot en met 1998.'",
        "12345, 'De gemeentecode 12345 bestaat niet uit vier cijfers.'",
        "03a3, 'De gemeentecode 03a3 bestaat niet uit vier cijfers.'",
        "９００１, 'De gemeentecode ９００１ bestaat niet uit vier cijfers.'",
        "'', 'Vul de gemeentecode in: vier cijfers van 0001 tot en met 1998.'",
    })
    void rejectsInvalidCode(String code, String message) {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var response = administrator.post("/administration/municipalities/new", form(code, "Ongeldig"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#code\">" + message);
        assertThat(municipalityCount("Ongeldig")).isZero();
    }

    @Test
    void rejectsInvalidCodeInEnglish() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new?lang=en");

        var response = administrator.post("/administration/municipalities/new", form("1999", "Ongeldig"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("href=\"#code\">The code 1999 is not a municipality code. Municipality codes run from 0001"
                        + " to 1998, and 1999 is the register of non-residents (RNI). Enter a code from 0001 to 1998.");
        assertThat(municipalityCount("Ongeldig")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900", "1998"})
    void acceptsCodesAtRangeEnds(String code) {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var response = administrator.post("/administration/municipalities/new", form(code, "Grensdorp " + code));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(municipalityCount("Grensdorp " + code)).isEqualTo(1);
    }

    @Test
    void rejectsTakenInviteeEmail() {
        accounts.of(TEACHER);
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new?lang=en");
        var form = form("1902", "Testdorp");
        form.put("inviteeEmail", TEACHER.email());

        var response = administrator.post("/administration/municipalities/new", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("An account with this email address already exists.");
        assertThat(municipalityCount("Testdorp")).isZero();
    }

    @Test
    void officerCannotAddMunicipality() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363");

        var list = officer.get("/administration");
        var add = officer.post("/administration/municipalities/new", form("1903", "Stiekem"));

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).doesNotContain("Zaanstad");
        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(municipalityCount("Stiekem")).isZero();
    }

    private static Map<String, String> form(String code, String name) {
        var form = new LinkedHashMap<String, String>();
        form.put("code", code);
        form.put("name", name);
        form.put("inviteeName", "Sam Gemeente");
        form.put("inviteeEmail", "sam@testdorp.test");
        form.put("inviteeLanguage", "nl");
        return form;
    }

    private static String row(String body, String code) {
        var matcher = Pattern.compile("<tr[^>]*id=\"municipality-" + code + "\".*?</tr>", Pattern.DOTALL)
                .matcher(body);
        assertThat(matcher.find()).as("row of municipality %s", code).isTrue();
        return matcher.group();
    }

    private long municipalityCount(String name) {
        return jdbc.sql("select count(*) from municipalities where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
