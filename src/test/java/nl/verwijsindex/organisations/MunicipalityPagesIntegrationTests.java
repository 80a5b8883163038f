package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_SCHOOL;
import static nl.verwijsindex.testing.TestRegion.POLICE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A municipality's pages over HTTP: its organisations, suspending and resuming them, and who may see them. */
class MunicipalityPagesIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    private static final String OWN = "/municipality/0363";

    @Test
    void shortPathsShowOwnMunicipality() {
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var home = officer.get("/municipality");
        var settings = officer.get("/municipality/settings");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Gemeente Amsterdam", "Basisschool De Regenboog");
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("action=\"/municipality/0363/settings\"");
    }

    @Test
    void overviewListsOrganisationsWithCounts() {
        var officer = loggedIn(MUNICIPAL_OFFICER);

        var response = officer.get(OWN);

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(body).contains("Gemeente Amsterdam", "Gemeentecode 0363");
        assertThat(row(body, SCHOOL.id())).contains("Basisschool De Regenboog", "Onderwijs", "Aangesloten", ">2<");
        assertThat(row(body, YOUTH_HEALTH.id())).contains("Jeugdgezondheidszorg", "Aangesloten", ">2<");
        // One of the two police professionals is deactivated.
        assertThat(row(body, POLICE.id())).contains("Politie en Halt", ">1<");
        assertThat(row(body, SUSPENDED.id()))
                .contains("Opgeschort", ">1<", "Aansluiting van Opgeschorte Stichting hervatten");
        assertThat(body).doesNotContain(OTHER_TOWN_SCHOOL.name());
    }

    @Test
    void invitedProfessionalsCountedSeparately() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");
        administrator.post("/organisation/professionals", designationForm("Rik van Dam", "rik.vandam@school.test"));

        var body = loggedIn(MUNICIPAL_OFFICER).get(OWN).body();

        assertThat(body).contains("<th class=\"utrecht-table__header-cell\" scope=\"col\">Uitgenodigd</th>");
        assertThat(numericCells(row(body, SCHOOL.id()))).containsExactly("2", "1");
        assertThat(numericCells(row(body, YOUTH_HEALTH.id()))).containsExactly("2", "0");
    }

    @Test
    void organisationKindLabelsAgreeAcrossPages() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        var administrator = loggedIn(YOUTH_CARE_ADMINISTRATOR);

        var connectOptions = kindOptions(officer.get(OWN + "/organisations/new").body());
        var priorityOptions =
                kindOptions(officer.get(OWN + "/coordinator-priority").body());
        var settingsOptions =
                kindOptions(administrator.get("/organisation/settings").body());

        assertThat(connectOptions).hasSize(13);
        assertThat(connectOptions).containsEntry("youth-care", "Jeugdhulp en thuisbegeleiding");
        assertThat(connectOptions).containsEntry("police-justice", "Politie en Halt");
        assertThat(connectOptions).containsEntry("health-care", "Zorg, ook jeugd-ggz");
        assertThat(priorityOptions).isEqualTo(connectOptions);
        assertThat(settingsOptions).isEqualTo(connectOptions);
        assertThat(row(officer.get(OWN).body(), YOUTH_CARE.id()))
                .contains("<span>Jeugdhulp en thuisbegeleiding</span>");
        assertThat(administrator.get("/organisation").body())
                .contains("id=\"organisation-kind\">Jeugdhulp en thuisbegeleiding</dd>");
    }

    @Test
    void foreignOfficerGetsNotFound() {
        var foreign = loggedIn(OTHER_MUNICIPAL_OFFICER);

        for (var path : new String[] {
            OWN,
            OWN + "/settings",
            OWN + "/organisations/new",
            OWN + "/organisations/" + SCHOOL.id() + "/suspend",
            "/municipality/0479/organisations/" + SCHOOL.id() + "/suspend",
            "/municipality/9999",
            OWN + "/organisations/not-an-id/suspend"
        }) {
            var response = foreign.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain(SCHOOL.name(), "Amsterdam");
        }
    }

    @Test
    void foreignOfficerCannotSuspendOrChange() {
        var foreign = loggedIn(OTHER_MUNICIPAL_OFFICER);
        foreign.get("/municipality/0479/settings");

        var throughForeignCode = foreign.post(OWN + "/organisations/" + SCHOOL.id() + "/suspend", Map.of());
        var throughOwnCode = foreign.post("/municipality/0479/organisations/" + SCHOOL.id() + "/suspend", Map.of());
        var resume = foreign.post(OWN + "/organisations/" + SUSPENDED.id() + "/resume", Map.of());
        var settings = foreign.post(OWN + "/settings", settingsForm("otto@zaanstad.test", "30", "7"));
        var connect = foreign.post(OWN + "/organisations/new", connectForm("Nieuwe Stichting", "beheer@nieuw.test"));

        assertThat(throughForeignCode.statusCode()).isEqualTo(404);
        assertThat(throughOwnCode.statusCode()).isEqualTo(404);
        assertThat(resume.statusCode()).isEqualTo(404);
        assertThat(settings.statusCode()).isEqualTo(404);
        assertThat(connect.statusCode()).isEqualTo(404);
        assertThat(connected(SCHOOL.id())).isTrue();
        assertThat(connected(SUSPENDED.id())).isFalse();
        assertThat(coordinatorEmail(MUNICIPALITY)).isNull();
        assertThat(organisationCount("Nieuwe Stichting")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/municipality", OWN, OWN + "/settings", "/administration", "/administration/outbox"})
    void otherRolesAreForbidden(String path) {
        var teacher = loggedIn(TEACHER).get(path);
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR).get(path);

        assertThat(teacher.statusCode()).isEqualTo(403);
        assertThat(teacher.body()).doesNotContain(SCHOOL.name());
        assertThat(administrator.statusCode()).isEqualTo(403);
        assertThat(administrator.body()).doesNotContain(YOUTH_HEALTH.name());
    }

    @Test
    void suspendingStopsRegistrationUntilResumed() {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        var teacher = loggedIn(TEACHER);
        var confirmation = officer.get(OWN + "/organisations/" + SCHOOL.id() + "/suspend");

        var suspend = officer.post(OWN + "/organisations/" + SCHOOL.id() + "/suspend", Map.of());
        var overview = officer.get(OWN).body();
        var formRegistration = register(teacher, CHILD);
        var apiRegistration = new TestApi(port).register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Aansluiting van Basisschool De Regenboog opschorten?");
        assertThat(confirmation.body())
                .contains("kunnen de beroepskrachten en de systemen van deze organisatie geen kinderen melden");
        assertThat(suspend.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(suspend)).isEqualTo(OWN);
        assertThat(overview).contains("De aansluiting van Basisschool De Regenboog is opgeschort.");
        assertThat(row(overview, SCHOOL.id())).contains("Opgeschort");
        assertThat(connected(SCHOOL.id())).isFalse();
        assertThat(formRegistration.statusCode()).isEqualTo(422);
        assertThat(formRegistration.body()).contains("U mag op dit moment geen kinderen melden");
        assertThat(apiRegistration.status()).isEqualTo(403);
        assertThat(signalCount()).isZero();

        var resume = officer.post(OWN + "/organisations/" + SCHOOL.id() + "/resume", Map.of());
        var afterResume = register(teacher, CHILD);

        assertThat(resume.statusCode()).isEqualTo(302);
        assertThat(officer.get(OWN).body()).contains("De aansluiting van Basisschool De Regenboog is hervat.");
        assertThat(connected(SCHOOL.id())).isTrue();
        assertThat(afterResume.statusCode()).isEqualTo(302);
        assertThat(signalCount()).isEqualTo(1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void repeatedSuspendAndResumeChangeNothing(CapturedOutput output) {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get(OWN + "/organisations/" + SCHOOL.id() + "/suspend");
        var suspendPath = OWN + "/organisations/" + SCHOOL.id() + "/suspend";
        var resumePath = OWN + "/organisations/" + SCHOOL.id() + "/resume";

        officer.post(suspendPath, Map.of());
        officer.get(OWN);
        var repeatedSuspend = officer.post(suspendPath, Map.of());
        var afterRepeatedSuspend = officer.get(OWN).body();

        assertThat(repeatedSuspend.statusCode()).isEqualTo(302);
        assertThat(afterRepeatedSuspend)
                .contains("De aansluiting van Basisschool De Regenboog was al opgeschort. Er is niets veranderd.");
        assertThat(afterRepeatedSuspend).doesNotContain("is opgeschort.");
        assertThat(connected(SCHOOL.id())).isFalse();

        officer.post(resumePath, Map.of());
        officer.get(OWN);
        var repeatedResume = officer.post(resumePath, Map.of());
        var afterRepeatedResume = officer.get(OWN).body();

        assertThat(repeatedResume.statusCode()).isEqualTo(302);
        assertThat(afterRepeatedResume).contains("Basisschool De Regenboog was al aangesloten. Er is niets veranderd.");
        assertThat(afterRepeatedResume).doesNotContain("is hervat.");
        assertThat(connected(SCHOOL.id())).isTrue();

        var officerId = accounts.of(MUNICIPAL_OFFICER).accountId();
        assertThat(output.getAll())
                .containsOnlyOnce(
                        "Account " + officerId + " suspended organisation " + SCHOOL.id() + " of municipality 0363");
        assertThat(output.getAll())
                .containsOnlyOnce(
                        "Account " + officerId + " resumed organisation " + SCHOOL.id() + " of municipality 0363");
        assertThat(output.getAll())
                .contains("Account " + officerId + " left organisation " + SCHOOL.id()
                        + " of municipality 0363 suspended, as it already was");
    }

    @Test
    void functionalAdministratorManagesAnyMunicipality() {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);

        var home = administrator.get("/municipality");
        var foreign = administrator.get("/municipality/0479");
        administrator.get("/municipality/0479/organisations/" + OTHER_TOWN_SCHOOL.id() + "/suspend");
        var suspend =
                administrator.post("/municipality/0479/organisations/" + OTHER_TOWN_SCHOOL.id() + "/suspend", Map.of());
        var wrongMunicipality =
                administrator.post("/municipality/0479/organisations/" + SCHOOL.id() + "/suspend", Map.of());

        assertThat(home.body()).contains("href=\"/municipality/0479\">Zaanstad</a>");
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.body()).contains("Gemeente Zaanstad", OTHER_TOWN_SCHOOL.name(), "Naar alle gemeenten");
        assertThat(suspend.statusCode()).isEqualTo(302);
        assertThat(connected(OTHER_TOWN_SCHOOL.id())).isFalse();
        assertThat(wrongMunicipality.statusCode()).isEqualTo(404);
        assertThat(connected(SCHOOL.id())).isTrue();
    }

    /** Returns the label of each organisation kind in the page's select options, by kind code. */
    private static Map<String, String> kindOptions(String body) {
        var options = new LinkedHashMap<String, String>();
        Pattern.compile("<option value=\"([a-z-]+)\"[^>]*>([^<]*)</option>")
                .matcher(body)
                .results()
                .filter(result -> OrganisationKind.fromCode(result.group(1)).isPresent())
                .forEach(result -> options.putIfAbsent(result.group(1), result.group(2)));
        return options;
    }

    /** Returns the texts of the row's numeric cells: active and invited professionals. */
    private static List<String> numericCells(String row) {
        return Pattern.compile("<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">([^<]*)</td>")
                .matcher(row)
                .results()
                .map(result -> result.group(1))
                .toList();
    }

    private static Map<String, String> designationForm(String name, String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", "");
        form.put("language", "nl");
        return form;
    }

    private static String row(String body, UUID organisationId) {
        var matcher = Pattern.compile("<tr[^>]*id=\"organisation-" + organisationId + "\".*?</tr>", Pattern.DOTALL)
                .matcher(body);
        assertThat(matcher.find()).as("row of organisation %s", organisationId).isTrue();
        return matcher.group();
    }

    static Map<String, String> settingsForm(String email, String rightsRequestDays, String matchContactDays) {
        var form = new LinkedHashMap<String, String>();
        form.put("coordinatorEmail", email);
        form.put("rightsRequestDays", rightsRequestDays);
        form.put("matchContactDays", matchContactDays);
        return form;
    }

    static Map<String, String> connectForm(String name, String inviteeEmail) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("kind", "youth-care");
        form.put("defaultSignalMonths", "18");
        form.put("inviteeName", "Rosa Beheer");
        form.put("inviteeEmail", inviteeEmail);
        form.put("inviteeLanguage", "nl");
        return form;
    }

    private static HttpResponse<String> register(WebSession session, String bsn) {
        session.get("/signals/new");
        var form = new LinkedHashMap<String, String>();
        form.put("bsn", bsn);
        form.put("ownReference", "");
        form.put("endDate", "");
        return session.post("/signals/new", form);
    }

    private boolean connected(UUID organisationId) {
        return jdbc.sql("select connected from organisations where id = ?")
                .param(organisationId)
                .query(Boolean.class)
                .single();
    }

    private String coordinatorEmail(UUID municipalityId) {
        return jdbc.sql("select coordinator_email from municipalities where id = ?")
                .param(municipalityId)
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }

    private long organisationCount(String name) {
        return jdbc.sql("select count(*) from organisations where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long signalCount() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }
}
