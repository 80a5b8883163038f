package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED_WORKER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The register form, the list of signals and a signal's page, over HTTP with a logged-in professional. */
class SignalPagesIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void formShowsFieldsAndDefaultEndDate() {
        var session = loggedIn(TEACHER);

        var response = session.get("/signals/new");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.body()).contains("inputmode=\"numeric\"", "autocomplete=\"off\"");
        assertThat(response.body()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(response.body()).contains("4 december 2027");
        assertThat(response.body()).doesNotContain("<script", "style=");
    }

    @Test
    void registeringRedirectsToSignalWithConfirmation() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, "LL-0042", ""));
        var page = session.get(WebSession.location(response));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response))
                .matches("/signals/[0-9a-f-]{36}")
                .doesNotContain(CHILD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Uw melding is opgeslagen.", "LL-0042", "4 december 2027");
        assertThat(page.body()).doesNotContain(CHILD);
        assertThat(signalRows(TEACHER)).isEqualTo(1);
    }

    @Test
    void registeringAgainShowsExistingSignal() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");
        var first = WebSession.location(session.post("/signals/new", form(CHILD, "", "")));
        session.get(first);
        session.get("/signals/new");

        var second = session.post("/signals/new", form(CHILD, "", ""));
        var page = session.get(WebSession.location(second));

        assertThat(WebSession.location(second)).isEqualTo(first);
        assertThat(page.body()).contains("U had al een actieve melding over dit kind.");
        assertThat(signalRows(TEACHER)).isEqualTo(1);
    }

    @Test
    void requestedEndDateIsStored() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, "", "2027-03-31"));
        var page = session.get(WebSession.location(response));

        assertThat(page.body()).contains("31 maart 2027");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "999970034, bsn-invalid, Het BSN moet uit 9 cijfers bestaan",
        "123456782, person-not-found, Dit BSN staat niet in de Basisregistratie Personen",
        "999970422, person-deceased, is deze persoon overleden",
        "999998535, person-not-resident, Deze persoon woont niet in een Nederlandse gemeente",
        "000009830, person-too-old, Deze persoon is vandaag 23 jaar of ouder",
        "999995066, person-birth-date-unknown, kent geen geboortejaar van deze persoon",
    })
    void bsnErrorIsShownAtSummaryAndField(String bsn, String code, String message) {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(bsn, "", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"error-summary\"", "href=\"#bsn\"", "id=\"bsn-error\"");
        assertThat(response.body()).contains("aria-invalid=\"true\"");
        assertThat(count(response.body(), message))
                .as("message in summary and at the field")
                .isEqualTo(2);
        assertThat(response.body()).contains("<title>Fout: Kind melden - Verwijsindex</title>");
        assertThat(signalRows(TEACHER)).isZero();
    }

    @Test
    void bsnWithFormatErrorIsShownAgain() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form("99997003", "", ""));

        assertThat(response.body()).contains("value=\"99997003\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"999970422", "123456782", "999970033"})
    void wellFormedBsnIsNotShownAgain(String bsn) {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(bsn, "", "2020-01-01"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).doesNotContain(bsn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-12-03", "2028-12-05", "31-12-2027"})
    void endDateErrorIsShownAtSummaryAndField(String endDate) {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, "", endDate));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#end-date\"", "id=\"end-date-error\"");
        assertThat(count(response.body(), "Vul een einddatum in van 4 december 2026 tot en met 4 december 2028"))
                .isEqualTo(2);
        assertThat(signalRows(TEACHER)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'BSN 999 970 045', 'Het eigen kenmerk lijkt een BSN te bevatten. Laat het BSN weg'",
        "'BSN 00009830', 'Het eigen kenmerk lijkt een BSN te bevatten. Laat het BSN weg'",
        "'line\nbreak', 'Het eigen kenmerk mag 1 tot 100 tekens hebben'"
    })
    void ownReferenceErrorIsShownAtSummaryAndField(String reference, String message) {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, reference, ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#own-reference\"", "id=\"own-reference-error\"");
        assertThat(count(response.body(), message)).isEqualTo(2);
        assertThat(response.body()).doesNotContain("00009830");
        assertThat(response.body()).doesNotContain("999 970 045").doesNotContain(CHILD);
        assertThat(signalRows(TEACHER)).isZero();
    }

    @Test
    void errorsAreShownInEnglish() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new?lang=en");

        var response = session.post("/signals/new", form("999970422", "", ""));

        assertThat(response.body()).contains("<html", "lang=\"en\"");
        assertThat(count(response.body(), "The population register records this person as deceased"))
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-02-30", "2027-02-29", "2027-04-31", "2027-00-10"})
    void endDateThatDoesNotExistIsNamed(String endDate) {
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, "", endDate));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#end-date\"", "id=\"end-date-error\"");
        assertThat(count(
                        response.body(),
                        "De einddatum " + endDate + " bestaat niet. Vul een bestaande datum in van 4 december 2026"
                                + " tot en met 4 december 2028, of laat het veld leeg."))
                .isEqualTo(2);
        assertThat(signalRows(TEACHER)).isZero();
    }

    @Test
    void impossibleEndDateNamedInEnglish() {
        var session = loggedIn(TEACHER);
        session.get("/signals/new?lang=en");

        var response = session.post("/signals/new", form(CHILD, "", "2026-02-30"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("The end date 2026-02-30 does not exist. Enter an existing date from 4 December 2026 up to"
                        + " and including 4 December 2028, or leave the field empty.");
    }

    @Test
    void suspendedOrganisationSeesRefusalInsteadOfForm() {
        var session = loggedIn(SUSPENDED_WORKER);

        var dutch = session.get("/signals/new");
        var english = session.get("/signals/new?lang=en");

        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body())
                .contains(
                        "id=\"refusal\"",
                        "U mag op dit moment geen kinderen melden, omdat uw account of de"
                                + " aansluiting van uw organisatie niet actief is.");
        assertThat(dutch.body()).doesNotContain("id=\"register-submit\"", "name=\"bsn\"");
        assertThat(english.body())
                .contains("You may not register children at the moment, because your account or your"
                        + " organisation&#39;s connection is not active.");
        assertThat(english.body()).doesNotContain("organisation''s");
    }

    @Test
    void activeProfessionalSeesNoRefusal() {
        var response = loggedIn(TEACHER).get("/signals/new");

        assertThat(response.body()).contains("id=\"register-submit\"").doesNotContain("id=\"refusal\"");
    }

    @Test
    void endingWithUnknownReasonShowsError() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal + "?lang=en");

        var response = session.post(signal + "/end", Map.of("reason", "foo"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<title>Error: Signal ", "Check the form</h2>");
        assertThat(response.body()).contains("href=\"#reason-risk-gone\">Choose why you end the signal.</a>");
        assertThat(status(signal)).isEqualTo("active");
    }

    @Test
    void suspendedOrganisationCannotRegister() {
        var session = loggedIn(SUSPENDED_WORKER);
        session.get("/signals/new");

        var response = session.post("/signals/new", form(CHILD, "", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("U mag op dit moment geen kinderen melden");
        assertThat(signalRows(SUSPENDED_WORKER)).isZero();
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        var session = loggedIn(TEACHER);

        var response = session.post("/signals/new", form(CHILD, "", ""));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(signalRows(TEACHER)).isZero();
    }

    @Test
    void pagesNeedLogin() {
        var session = new WebSession(port);

        var response = session.get("/signals");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/login");
    }

    @Test
    void listShowsActiveAndArchivedSignals() {
        var session = loggedIn(TEACHER);
        var active = register(session, CHILD, "LL-1");
        var archived = register(session, "999970045", "LL-2");
        session.get(archived);
        session.post(archived + "/end", Map.of("reason", "risk-gone"));

        var response = session.get("/signals");

        assertThat(response.statusCode()).isEqualTo(200);
        var body = response.body();
        assertThat(body).contains("id=\"active-signals\"", "id=\"archived-signals\"");
        assertThat(body.indexOf("LL-1")).isBetween(body.indexOf("active-signals"), body.indexOf("archived-signals"));
        assertThat(body.indexOf("LL-2")).isGreaterThan(body.indexOf("archived-signals"));
        assertThat(body).contains(active, archived, "Actief", "Gearchiveerd");
    }

    @Test
    void listShowsNoSignalOfColleague() {
        var colleague = loggedIn(HEADTEACHER);
        var colleagueSignal = register(colleague, CHILD, "COLLEAGUE-REF");
        var session = loggedIn(TEACHER);

        var response = session.get("/signals");

        assertThat(response.body()).doesNotContain("COLLEAGUE-REF", colleagueSignal);
        assertThat(response.body()).contains("U hebt geen actieve meldingen.");
    }

    @Test
    void signalOfAnotherProfessionalIsNotFound() {
        var colleague = loggedIn(HEADTEACHER);
        var colleagueSignal = register(colleague, CHILD, "COLLEAGUE-REF");
        var other = loggedIn(CARER);
        var otherSignal = register(other, CHILD, "CARER-REF");
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        for (var path : new String[] {colleagueSignal, otherSignal}) {
            var page = session.get(path);
            var end = session.post(path + "/end", Map.of("reason", "unjustified", "confirmed", "true"));

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).doesNotContain("COLLEAGUE-REF", "CARER-REF", "Melding ");
            assertThat(end.statusCode()).isEqualTo(404);
        }
        assertThat(signalRows(HEADTEACHER)).isEqualTo(1);
        assertThat(signalRows(CARER)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/signals/not-a-uuid", "/signals/00000000-0000-0000-0000-000000000000"})
    void unknownSignalIsNotFound(String path) {
        var session = loggedIn(TEACHER);

        var response = session.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void endingWithRiskGoneArchives() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal);

        var response = session.post(signal + "/end", Map.of("reason", "risk-gone"));
        var page = session.get(WebSession.location(response));

        assertThat(WebSession.location(response)).isEqualTo(signal);
        assertThat(page.body()).contains("De melding is beëindigd en staat nu in het archief.", "Gearchiveerd");
        assertThat(page.body()).doesNotContain("id=\"reason-risk-gone\"");
        assertThat(status(signal)).isEqualTo("archived");
    }

    @Test
    void destroyingAsksForConfirmationFirst() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal);

        var response = session.post(signal + "/end", Map.of("reason", "unjustified"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("kan niet worden hersteld", "name=\"confirmed\" value=\"true\"");
        assertThat(status(signal)).isEqualTo("active");
    }

    @Test
    void confirmedDestroyingDeletesSignal() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal);
        session.post(signal + "/end", Map.of("reason", "unjustified"));

        var response = session.post(signal + "/end", Map.of("reason", "unjustified", "confirmed", "true"));
        var list = session.get(WebSession.location(response));

        assertThat(WebSession.location(response)).isEqualTo("/signals");
        assertThat(list.body()).containsPattern("Melding \\d+ is vernietigd.");
        assertThat(signalRows(TEACHER)).isZero();
        assertThat(session.get(signal).statusCode()).isEqualTo(404);
    }

    @Test
    void endingWithoutReasonShowsError() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal);

        var response = session.post(signal + "/end", Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<title>Fout: Melding ");
        assertThat(response.body()).contains("Controleer het formulier</h2>");
        assertThat(response.body()).contains("href=\"#reason-risk-gone\">Kies waarom u de melding beëindigt.</a>");
        assertThat(status(signal)).isEqualTo("active");
    }

    @Test
    void archivedSignalCannotBeArchivedAgain() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD, "");
        session.get(signal);
        session.post(signal + "/end", Map.of("reason", "risk-gone"));
        session.get(signal);

        var response = session.post(signal + "/end", Map.of("reason", "risk-gone"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Deze melding staat al in het archief.");
        assertThat(status(signal)).isEqualTo("archived");
    }

    @Test
    void homeAndHeaderLinkToPages() {
        var session = loggedIn(TEACHER);

        var home = session.get("/home");

        assertThat(home.body()).contains("id=\"home-new-signal\"", "id=\"home-signals\"", "id=\"home-matches\"");
        assertThat(home.body()).contains("id=\"menu-new-signal\"", "id=\"menu-signals\"", "id=\"menu-matches\"");
    }

    /** Registers the child through the form and returns the path of the signal's page. */
    private static String register(WebSession session, String bsn, String ownReference) {
        session.get("/signals/new");
        var response = session.post("/signals/new", form(bsn, ownReference, ""));
        assertThat(response.statusCode()).isEqualTo(302);
        return WebSession.location(response);
    }

    private static Map<String, String> form(String bsn, String ownReference, String endDate) {
        var form = new LinkedHashMap<String, String>();
        form.put("bsn", bsn);
        form.put("ownReference", ownReference);
        form.put("endDate", endDate);
        return form;
    }

    private int signalRows(Person person) {
        return jdbc.sql("select count(*) from signals where professional_id = ?")
                .param(person.id())
                .query(Integer.class)
                .single();
    }

    private String status(String signalPath) {
        var id = UUID.fromString(signalPath.substring("/signals/".length()));
        return jdbc.sql("select status from signals where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("destroyed");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
