package nl.verwijsindex.organisations;

import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The organisation administrator's overview and settings, over HTTP with a logged-in administrator. */
class OrganisationPagesIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void overviewShowsOwnOrganisationAndCounts() {
        var api = new TestApi(port);
        api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        api.register(SCHOOL.apiToken(), CHILD, HEADTEACHER.id());
        api.register(OTHER_TOWN_TEACHER.organisation().apiToken(), CHILD, OTHER_TOWN_TEACHER.id());

        var response = loggedIn(SCHOOL_ADMINISTRATOR).get("/organisation");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(body)
                .contains("<h1 class=\"utrecht-heading-1 utrecht-heading-1--distanced\" id=\"organisation-name\">"
                        + SCHOOL.name() + "</h1>");
        assertThat(body).contains("id=\"organisation-kind\">Onderwijs<");
        assertThat(body).contains("id=\"organisation-municipality\">Amsterdam<");
        assertThat(body).contains("id=\"organisation-connection\">Aangesloten<");
        assertThat(body).contains("id=\"organisation-active-professionals\">2<");
        assertThat(body).contains("id=\"organisation-invited-professionals\">0<");
        assertThat(body).contains("id=\"organisation-active-signals\">2<");
        assertThat(body).contains("id=\"organisation-default-signal-months\">12 maanden<");
        assertThat(body).contains("id=\"organisation-signal-only\">Nee<");
        assertThat(body)
                .contains(
                        "href=\"/organisation/professionals\"",
                        "href=\"/organisation/signals\"",
                        "href=\"/organisation/api-clients\"",
                        "href=\"/organisation/settings\"");
        assertThat(body).doesNotContain(OTHER_TOWN_TEACHER.organisation().name(), CHILD);
    }

    @Test
    void overviewCountsInvitedProfessionalsSeparately() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals/new");
        var form = new LinkedHashMap<String, String>();
        form.put("name", "Rik van Dam");
        form.put("email", "rik.vandam@school.test");
        form.put("phone", "");
        form.put("language", "nl");
        administrator.post("/organisation/professionals", form);

        var body = administrator.get("/organisation").body();

        assertThat(body).contains("id=\"organisation-active-professionals\">2<");
        assertThat(body).contains("id=\"organisation-invited-professionals\">1<");
        assertThat(body).contains(">Uitgenodigde beroepskrachten</dt>");
    }

    @Test
    void overviewOfOtherAdministratorShowsOnlyTheirs() {
        var body = loggedIn(OTHER_TOWN_ADMINISTRATOR).get("/organisation").body();

        assertThat(body).contains(OTHER_TOWN_TEACHER.organisation().name(), "Zaanstad");
        assertThat(body).contains("id=\"organisation-active-professionals\">1<");
        assertThat(body).doesNotContain(SCHOOL.name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/organisation",
                "/organisation/settings",
                "/organisation/professionals",
                "/organisation/professionals/new",
                "/organisation/signals",
                "/organisation/api-clients"
            })
    void professionalGets403(String path) {
        var response = loggedIn(TEACHER).get(path);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(TEACHER.email(), HEADTEACHER.name());
    }

    @Test
    void professionalCannotPostSettings() {
        var teacher = loggedIn(TEACHER);
        teacher.get("/signals/new");

        var response = teacher.post("/organisation/settings", settings("childcare", "6", true));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(defaultSignalMonths()).isEqualTo(12);
    }

    @Test
    void visitorWithoutLoginIsSentToLogin() {
        var response = new WebSession(port).get("/organisation/professionals");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login");
    }

    @Test
    void settingsFormShowsCurrentValues() {
        var body = loggedIn(SCHOOL_ADMINISTRATOR).get("/organisation/settings").body();

        assertThat(body).contains("<option value=\"education\" selected=\"selected\">Onderwijs</option>");
        assertThat(body).contains("<option value=\"safe-at-home\">Veilig Thuis</option>");
        assertThat(body).contains("name=\"defaultSignalMonths\"", "value=\"12\"");
        assertThat(body).contains("een heel getal van 1 tot en met 24");
        assertThat(body).contains("nooit voorgesteld als regievoerder");
    }

    @Test
    void settingsAreSaved() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");

        var response = administrator.post("/organisation/settings", settings("childcare", "6", true));
        var overview = administrator.get("/organisation").body();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/organisation");
        assertThat(overview).contains("De instellingen zijn opgeslagen.");
        assertThat(overview).contains("id=\"organisation-kind\">Kinderopvang en peuterspeelzaal<");
        assertThat(overview).contains("id=\"organisation-default-signal-months\">6 maanden<");
        assertThat(overview).contains("id=\"organisation-signal-only\">Ja<");
        assertThat(jdbc.sql("select kind from organisations where id = ?")
                        .param(SCHOOL.id())
                        .query(String.class)
                        .single())
                .isEqualTo("childcare");
        assertThat(defaultSignalMonths()).isEqualTo(6);
    }

    @Test
    void settingsAcceptBoundaryMonths() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");

        var oneMonth = administrator.post("/organisation/settings", settings("education", "1", false));
        int afterOne = defaultSignalMonths();
        var twoYears = administrator.post("/organisation/settings", settings("education", "24", false));

        assertThat(oneMonth.statusCode()).isEqualTo(302);
        assertThat(afterOne).isEqualTo(1);
        assertThat(twoYears.statusCode()).isEqualTo(302);
        assertThat(defaultSignalMonths()).isEqualTo(24);
    }

    @Test
    void settingsRejectMonthsOutOfRange() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");

        var zero = administrator.post("/organisation/settings", settings("education", "0", false));
        var tooLong = administrator.post("/organisation/settings", settings("education", "25", false));

        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body())
                .contains("De duur 0 maanden valt buiten het toegestane bereik. Vul een getal van 1 tot en met 24 in.");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body())
                .contains(
                        "De duur 25 maanden valt buiten het toegestane bereik. Vul een getal van 1 tot en met 24 in.");
        assertThat(tooLong.body()).contains("href=\"#default-signal-months\"", "aria-invalid=\"true\"");
        assertThat(defaultSignalMonths()).isEqualTo(12);
    }

    @Test
    void settingsRejectTextAndUnknownKind() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");

        var response = administrator.post("/organisation/settings", settings("school", "twaalf", false));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Kies een soort instantie uit de lijst.");
        assertThat(response.body())
                .contains("De duur twaalf is geen heel getal. Vul een getal van 1 tot en met 24 in.");
        assertThat(response.body()).contains("value=\"twaalf\"");
        assertThat(jdbc.sql("select kind from organisations where id = ?")
                        .param(SCHOOL.id())
                        .query(String.class)
                        .single())
                .isEqualTo("education");
    }

    @Test
    void settingsNameNegativeAndMissingMonths() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");

        var negative = administrator.post("/organisation/settings", settings("education", "-1", false));
        var empty = administrator.post("/organisation/settings", settings("education", " ", false));

        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body())
                .contains("href=\"#default-signal-months\">De duur -1 maanden valt buiten het toegestane bereik. Vul"
                        + " een getal van 1 tot en met 24 in.");
        assertThat(negative.body()).doesNotContain("geen heel getal");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body())
                .contains("href=\"#default-signal-months\">Vul de standaardduur in: een heel getal van 1 tot en met 24"
                        + " maanden.");
        assertThat(empty.body()).doesNotContain("De duur  ", "geen heel getal");
        assertThat(defaultSignalMonths()).isEqualTo(12);
    }

    @Test
    void settingsNameMissingMonthsInEnglish() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings?lang=en");

        var empty = administrator.post("/organisation/settings", settings("education", "", false));
        var text = administrator.post("/organisation/settings", settings("education", "1.5", false));

        assertThat(empty.body()).contains("Enter the default duration: a whole number from 1 to 24 months.");
        assertThat(text.body()).contains("The duration 1.5 is not a whole number. Enter a number from 1 to 24.");
    }

    @Test
    void settingsErrorsInEnglish() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings?lang=en");

        var response = administrator.post("/organisation/settings", settings("education", "36", false));

        assertThat(response.body())
                .contains("The duration of 36 months is outside the allowed range. Enter a number from 1 to 24.");
    }

    @Test
    void defaultDurationSetsRegisterFormEndDate() {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/settings");
        administrator.post("/organisation/settings", settings("education", "6", false));

        var form = loggedIn(TEACHER).get("/signals/new").body();
        var registered = new TestApi(port).register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(form).contains("4 juni 2027").doesNotContain("4 december 2027");
        assertThat(registered.body().path("endDate").asString()).isEqualTo("2027-06-04");
    }

    private int defaultSignalMonths() {
        return jdbc.sql("select default_signal_months from organisations where id = ?")
                .param(SCHOOL.id())
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> settings(String kind, String months, boolean signalOnly) {
        var form = new LinkedHashMap<String, String>();
        form.put("kind", kind);
        form.put("defaultSignalMonths", months);
        if (signalOnly) {
            form.put("signalOnly", "true");
        }
        return form;
    }
}
