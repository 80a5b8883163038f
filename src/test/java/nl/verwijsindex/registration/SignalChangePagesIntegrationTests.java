package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recording informing and extending a signal on the signal's page, over HTTP with a logged-in professional. */
class SignalChangePagesIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01: 9 on 4 December 2026, so only the parents must be informed. */
    private static final String CHILD = "999970033";
    /** Born 2012-04-18: 14 on 4 December 2026, so the parents and the child must be informed. */
    private static final String AGED_14 = "999999369";
    /** Born 2003-12-24: a signal registered on 4 December 2026 ends on 23 December 2026 at the latest. */
    private static final String TURNS_23_ON_24_DECEMBER_2026 = "999970677";

    @Test
    void newSignalShowsInformingNotYetRecorded() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);

        var page = session.get(signal);
        var list = session.get("/signals");

        assertThat(page.body()).contains("id=\"signal-informing\"", "Nog niet vastgelegd");
        assertThat(page.body()).containsPattern("id=\"signal-informing-required\">De ouders<");
        assertThat(page.body()).contains("id=\"postpone-submit\"", "id=\"informing-form\"", "id=\"extension-form\"");
        assertThat(page.body()).contains("max=\"2028-12-04\"", "min=\"2027-12-05\"");
        assertThat(page.body()).contains("tot en met 4 december 2028");
        assertThat(list.body()).contains("utrecht-status-badge--warning", "Nog niet vastgelegd");
    }

    @Test
    void recordsInformedParents() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var response = session.post(signal + "/informing", informed("2026-12-04", true, false));
        var page = session.get(WebSession.location(response));
        var list = session.get("/signals");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo(signal);
        assertThat(page.body()).contains("Vastgelegd dat u hebt geïnformeerd.", "Op 4 december 2026: de ouders");
        assertThat(page.body()).doesNotContain("id=\"postpone-submit\"");
        assertThat(list.body()).contains("Op 4 december 2026: de ouders").doesNotContain("Nog niet vastgelegd");
        assertThat(stored(signal, "informed_on")).isEqualTo("2026-12-04");
        assertThat(stored(signal, "parents_informed")).isEqualTo("true");
        assertThat(stored(signal, "child_informed")).isEqualTo("false");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-12-05, informed-on, De datum 5 december 2026 ligt in de toekomst. Vul de datum in waarop u hebt"
                + " geïnformeerd, uiterlijk vandaag (4 december 2026).",
        "2026-11-30, informed-on, De datum 30 november 2026 ligt voor de meldingsdatum 1 december 2026.",
        "30-11-2026, informed-on, Dit is geen datum. Vul de datum in als jjjj-mm-dd",
        "2026-11-31, informed-on, De datum 2026-11-31 bestaat niet. Vul een bestaande datum in als jjjj-mm-dd,"
                + " bijvoorbeeld 2026-12-04.",
        "'', informed-on, Vul de datum in waarop u hebt geïnformeerd."
    })
    void showsDateErrorAtSummaryAndField(String informedOn, String field, String message) {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        // Moving the clock by days would end the web session, so the registration date moves instead.
        jdbc.sql("update signals set registered_on = date '2026-12-01' where id = ?")
                .param(id(signal))
                .update();
        session.get(signal);

        var response = session.post(signal + "/informing", informed(informedOn, true, false));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("id=\"error-summary\"", "href=\"#" + field + "\"", "id=\"" + field + "-error\"");
        assertThat(count(response.body(), message))
                .as("message in summary and at the field")
                .isEqualTo(2);
        assertThat(response.body()).contains("<title>Fout: Melding ");
        assertThat(stored(signal, "informed_on")).isNull();
    }

    @Test
    void showsMissingPartiesOfChildAged14() {
        var session = loggedIn(TEACHER);
        var signal = register(session, AGED_14);
        session.get(signal);

        var none = session.post(signal + "/informing", informed("2026-12-04", false, false));
        session.get(signal);
        var parentsOnly = session.post(signal + "/informing", informed("2026-12-04", true, false));

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(count(none.body(), "Kies wie u hebt geïnformeerd: de ouders, het kind of allebei."))
                .isEqualTo(2);
        assertThat(none.body()).contains("href=\"#informed-parents\"", "id=\"informed-parties-error\"");
        assertThat(parentsOnly.statusCode()).isEqualTo(422);
        assertThat(count(parentsOnly.body(), "Te informeren: De ouders en het kind."))
                .isEqualTo(2);
        assertThat(parentsOnly.body())
                .as("the submitted choice is kept")
                .containsPattern("id=\"informed-parents\"[^>]*checked");
        assertThat(stored(signal, "informed_on")).isNull();
    }

    @Test
    void postponesThenInforms() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var postponed = session.post(signal + "/informing/postponement", Map.of());
        var postponedPage = session.get(signal);
        var informed = session.post(signal + "/informing", informed("2026-12-04", true, true));
        var informedPage = session.get(signal);

        assertThat(postponed.statusCode()).isEqualTo(302);
        assertThat(postponedPage.body()).contains("Vastgelegd dat u het informeren uitstelt.", "Uitgesteld");
        assertThat(postponedPage.body()).contains("id=\"signal-informing-postponed-on\">4 december 2026<");
        assertThat(postponedPage.body()).doesNotContain("id=\"postpone-submit\"");
        assertThat(informed.statusCode()).isEqualTo(302);
        assertThat(informedPage.body()).contains("Op 4 december 2026: de ouders en het kind");
        assertThat(informedPage.body()).contains("id=\"signal-informing-postponed-on\">4 december 2026<");
    }

    @Test
    void postponingAfterInformingShowsError() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);
        session.post(signal + "/informing", informed("2026-12-04", true, false));
        session.get(signal);

        var response = session.post(signal + "/informing/postponement", Map.of());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body())
                .contains("U hebt al vastgelegd dat u hebt geïnformeerd, dus uitstellen kan niet meer.");
        assertThat(stored(signal, "informing_postponed_on")).isNull();
    }

    @Test
    void extendsSignal() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var response = session.post(signal + "/extension", Map.of("endDate", "2028-12-04"));
        var page = session.get(WebSession.location(response));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(page.body()).contains("De melding is verlengd.");
        assertThat(page.body()).containsPattern("id=\"signal-end-date\">4 december 2028<");
        assertThat(page.body()).contains("id=\"extension-not-possible\"").doesNotContain("id=\"extension-form\"");
        assertThat(stored(signal, "end_date")).isEqualTo("2028-12-04");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2028-12-05, De datum 5 december 2028 ligt na de uiterste einddatum 4 december 2028. Vul een datum in tot"
                + " en met 4 december 2028.",
        "2027-12-04, De datum 4 december 2027 ligt niet na de huidige einddatum 4 december 2027.",
        "2027-13-01, De datum 2027-13-01 bestaat niet.",
        "'', Vul de nieuwe einddatum in."
    })
    void showsEndDateErrorAtSummaryAndField(String endDate, String message) {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var response = session.post(signal + "/extension", Map.of("endDate", endDate));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#new-end-date\"", "id=\"new-end-date-error\"");
        assertThat(count(response.body(), message)).isEqualTo(2);
        assertThat(stored(signal, "end_date")).isEqualTo("2027-12-04");
    }

    @Test
    void showsErrorsInEnglish() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal + "?lang=en");

        var response = session.post(signal + "/extension", Map.of("endDate", "2028-12-05"));

        assertThat(response.body()).contains("lang=\"en\"");
        assertThat(count(
                        response.body(),
                        "The date 5 December 2028 is after the latest allowed end date 4 December 2028."))
                .isEqualTo(2);
    }

    @Test
    void signalAtLatestEndDateOffersNoExtension() {
        var session = loggedIn(TEACHER);
        var signal = register(session, TURNS_23_ON_24_DECEMBER_2026);

        var page = session.get(signal);

        assertThat(page.body()).containsPattern("id=\"signal-end-date\">23 december 2026<");
        assertThat(page.body())
                .contains("Deze melding heeft al de uiterste einddatum, 23 december 2026, en kan niet verder worden"
                        + " verlengd.");
        assertThat(page.body()).doesNotContain("id=\"extension-form\"");
        assertThat(page.body()).containsPattern("id=\"signal-informing-required\">Het kind<");
    }

    @Test
    void archivedSignalOffersNoChanges() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);
        session.post(signal + "/end", Map.of("reason", "risk-gone"));
        var page = session.get(signal);

        var informed = session.post(signal + "/informing", informed("2026-12-04", true, false));
        var extended = session.post(signal + "/extension", Map.of("endDate", "2028-01-01"));

        assertThat(page.body()).doesNotContain("id=\"informing-form\"", "id=\"extension-form\"");
        assertThat(page.body()).contains("Niet vastgelegd").doesNotContain("utrecht-status-badge--warning");
        assertThat(informed.statusCode()).isEqualTo(409);
        assertThat(informed.body()).contains("Deze melding staat in het archief en kan niet meer worden gewijzigd.");
        assertThat(extended.statusCode()).isEqualTo(409);
        assertThat(stored(signal, "informed_on")).isNull();
        assertThat(stored(signal, "end_date")).isEqualTo("2027-12-04");
    }

    @Test
    void signalOfAnotherProfessionalIsNotFound() {
        var colleagueSignal = register(loggedIn(HEADTEACHER), CHILD);
        var otherSignal = register(loggedIn(CARER), CHILD);
        var session = loggedIn(TEACHER);
        session.get("/signals/new");

        for (var path : new String[] {colleagueSignal, otherSignal}) {
            var informed = session.post(path + "/informing", informed("2026-12-04", true, false));
            var postponed = session.post(path + "/informing/postponement", Map.of());
            var extended = session.post(path + "/extension", Map.of("endDate", "2028-01-01"));

            assertThat(informed.statusCode()).isEqualTo(404);
            assertThat(informed.body()).doesNotContain("Melding ");
            assertThat(postponed.statusCode()).isEqualTo(404);
            assertThat(extended.statusCode()).isEqualTo(404);
            assertThat(stored(path, "informed_on")).isNull();
            assertThat(stored(path, "informing_postponed_on")).isNull();
            assertThat(stored(path, "end_date")).isEqualTo("2027-12-04");
        }
    }

    @Test
    void postWithStaleCsrfTokenIsRejected() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        // A TOTP code logs in only once, so the second login needs the next 30-second step.
        clock.setInstant(clock.instant().plusSeconds(30));
        var second = loggedIn(TEACHER);

        var informed = second.post(signal + "/informing", informed("2026-12-04", true, false));
        var postponed = second.post(signal + "/informing/postponement", Map.of());
        var extended = second.post(signal + "/extension", Map.of("endDate", "2028-01-01"));

        assertThat(informed.statusCode()).isEqualTo(403);
        assertThat(postponed.statusCode()).isEqualTo(403);
        assertThat(extended.statusCode()).isEqualTo(403);
        assertThat(stored(signal, "informed_on")).isNull();
        assertThat(stored(signal, "informing_postponed_on")).isNull();
        assertThat(stored(signal, "end_date")).isEqualTo("2027-12-04");
    }

    @Test
    void pageWithErrorsIsNotStored() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var response = session.post(signal + "/extension", Map.of("endDate", "2028-12-05"));

        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.body()).doesNotContain("<script", "style=", CHILD);
    }

    /** Registers the child through the form and returns the path of the signal's page. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2027-02-29, De datum 2027-02-29 bestaat niet. Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld"
                + " 2026-12-04.",
        "2027-13-01, De datum 2027-13-01 bestaat niet.",
        "29-02-2028, Dit is geen datum. Vul de datum in als jjjj-mm-dd"
    })
    void extensionNamesImpossibleDate(String endDate, String message) {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal);

        var response = session.post(signal + "/extension", Map.of("endDate", endDate));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("href=\"#new-end-date\"", "id=\"new-end-date-error\"");
        assertThat(count(response.body(), message)).isEqualTo(2);
    }

    @Test
    void impossibleDateInEnglish() {
        var session = loggedIn(TEACHER);
        var signal = register(session, CHILD);
        session.get(signal + "?lang=en");

        var response = session.post(signal + "/informing", informed("2026-02-30", true, false));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(count(
                        response.body(),
                        "The date 2026-02-30 does not exist. Enter an existing date as yyyy-mm-dd,"
                                + " for example 2026-12-04."))
                .isEqualTo(2);
    }

    private static String register(WebSession session, String bsn) {
        session.get("/signals/new");
        var form = new LinkedHashMap<String, String>();
        form.put("bsn", bsn);
        form.put("ownReference", "");
        form.put("endDate", "");
        var response = session.post("/signals/new", form);
        assertThat(response.statusCode()).isEqualTo(302);
        return WebSession.location(response);
    }

    private static Map<String, String> informed(String informedOn, boolean parents, boolean child) {
        var form = new LinkedHashMap<String, String>();
        form.put("informedOn", informedOn);
        if (parents) {
            form.put("parents", "true");
        }
        if (child) {
            form.put("child", "true");
        }
        return form;
    }

    /** Returns a column of the signal as text, or null when it is null. */
    private String stored(String signalPath, String column) {
        return jdbc.sql("select " + column + "::text from signals where id = ?")
                .param(id(signalPath))
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }

    private static UUID id(String signalPath) {
        return UUID.fromString(signalPath.substring("/signals/".length()));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
