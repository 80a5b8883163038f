package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recording through the API that the parents and child were informed of a signal, or that it is postponed. */
class SignalInformingApiIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01: 9 on 4 December 2026, so only the parents must be informed. */
    static final String CHILD = "999970033";
    /** Born 2012-04-18: 14 on 4 December 2026, so the parents and the child must be informed. */
    static final String AGED_14 = "999999369";
    /** Born 2003-12-24: 22 on 4 December 2026, so only the child must be informed. */
    static final String AGED_22 = "999970677";
    /** Birth date 19990000: on 1 June 2015 aged 15 or 16, so the parents and the child must be informed. */
    static final String BIRTH_YEAR_ONLY = "999990482";

    TestApi api;

    @BeforeEach
    void client() {
        api = new TestApi(port);
    }

    @Test
    void newSignalHasInformingNotRecorded() {
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        var informing = response.body().path("informing");
        assertThat(informing.path("status").asString()).isEqualTo("not-recorded");
        assertThat(informing.has("informedOn")).isFalse();
        assertThat(informing.has("informedParties")).isFalse();
        assertThat(informing.has("postponedOn")).isFalse();
    }

    @ParameterizedTest(name = "informed on {0}: {1}")
    @CsvSource({
        "2026-12-04, 200, ",
        "2026-12-03, 200, ",
        "2026-12-01, 200, ",
        "2026-12-05, 422, informed-on-in-future",
        "2026-11-30, 422, informed-on-before-registration"
    })
    void acceptsDateFromRegistrationUpToToday(String informedOn, int status, String code) {
        clock.setDate(LocalDate.of(2026, 12, 1));
        var id = register(CHILD);
        clock.setDate(LocalDate.of(2026, 12, 4));

        var response = api.put(SCHOOL.apiToken(), informingPath(id), informed(informedOn, "parents"));

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.body().path("informing").path("status").asString())
                    .isEqualTo("informed");
            assertThat(response.body().path("informing").path("informedOn").asString())
                    .isEqualTo(informedOn);
            assertThat(storedInformedOn(id)).isEqualTo(LocalDate.parse(informedOn));
        } else {
            assertThat(response.errorCode()).isEqualTo(code);
            assertThat(pointer(response, 0)).isEqualTo("/informedOn");
            assertThat(response.body().path("detail").asString()).contains(informedOn);
            assertThat(storedInformedOn(id)).isNull();
        }
    }

    @Test
    void readsInformingBack() {
        var id = register(CHILD);
        api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-04", "parents"));

        var response = api.get(SCHOOL.apiToken(), "/api/v1/signals/" + id);

        var informing = response.body().path("informing");
        assertThat(informing.path("status").asString()).isEqualTo("informed");
        assertThat(informing.path("informedOn").asString()).isEqualTo("2026-12-04");
        assertThat(informing.path("informedParties").size()).isEqualTo(1);
        assertThat(informing.path("informedParties").path(0).asString()).isEqualTo("parents");
        assertThat(informing.has("postponedOn")).isFalse();
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
        CHILD + ", parents, 200",
        CHILD + ", child, 422",
        CHILD + ", parents child, 200",
        AGED_14 + ", parents, 422",
        AGED_14 + ", child, 422",
        AGED_14 + ", parents child, 200",
        AGED_22 + ", parents, 422",
        AGED_22 + ", child, 200"
    })
    void requiresPartiesByAgeOnRegistrationDate(String bsn, String parties, int status) {
        var id = register(bsn);

        var response = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-04", parties.split(" ")));

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.errorCode()).isEqualTo("informed-parties-incomplete");
            assertThat(pointer(response, 0)).isEqualTo("/informedParties");
            assertThat(response.text()).doesNotContain(bsn);
        }
    }

    @Test
    void partialBirthDateRequiresEveryPossibleParty() {
        clock.setDate(LocalDate.of(2015, 6, 1));
        var id = register(BIRTH_YEAR_ONLY);

        var childOnly = api.put(SCHOOL.apiToken(), informingPath(id), informed("2015-06-01", "child"));
        var parentsOnly = api.put(SCHOOL.apiToken(), informingPath(id), informed("2015-06-01", "parents"));
        var both = api.put(SCHOOL.apiToken(), informingPath(id), informed("2015-06-01", "parents", "child"));

        assertThat(childOnly.status()).isEqualTo(422);
        assertThat(childOnly.body().path("detail").asString()).contains("both the parents and the child");
        assertThat(parentsOnly.status()).isEqualTo(422);
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.body().path("informing").path("informedParties").size()).isEqualTo(2);
    }

    @Test
    void reportsDateAndPartiesAtOnce() {
        var id = register(AGED_14);

        var response = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-05", "child"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").size()).isEqualTo(2);
        assertThat(response.body().path("errors").path(0).path("code").asString())
                .isEqualTo("informed-on-in-future");
        assertThat(response.body().path("errors").path(1).path("code").asString())
                .isEqualTo("informed-parties-incomplete");
    }

    @Test
    void namesInformedOnThatDoesNotExist() {
        var id = register(CHILD);

        var response = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-11-31", "parents"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("format-invalid");
        assertThat(response.body().path("errors").path(0).path("detail").asString())
                .isEqualTo("The field informedOn, 2026-11-31, is not an existing date; check the day and the month");
        assertThat(storedInformedOn(id)).isNull();
    }

    @Test
    void postponesThenInforms() {
        var id = register(CHILD);

        var postponed = api.put(SCHOOL.apiToken(), informingPath(id), Map.of("status", "postponed"));
        clock.setDate(LocalDate.of(2026, 12, 10));
        var postponedAgain = api.put(SCHOOL.apiToken(), informingPath(id), Map.of("status", "postponed"));
        var informed = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-09", "parents"));

        assertThat(postponed.status()).isEqualTo(200);
        assertThat(postponed.body().path("informing").path("status").asString()).isEqualTo("postponed");
        assertThat(postponed.body().path("informing").path("postponedOn").asString())
                .isEqualTo("2026-12-04");
        assertThat(postponedAgain.status()).isEqualTo(200);
        assertThat(postponedAgain.body().path("informing").path("postponedOn").asString())
                .as("the first postponement counts")
                .isEqualTo("2026-12-04");
        assertThat(informed.status()).isEqualTo(200);
        assertThat(informed.body().path("informing").path("status").asString()).isEqualTo("informed");
        assertThat(informed.body().path("informing").path("informedOn").asString())
                .isEqualTo("2026-12-09");
        assertThat(informed.body().path("informing").path("postponedOn").asString())
                .isEqualTo("2026-12-04");
    }

    @Test
    void rejectsPostponingAfterInforming() {
        var id = register(CHILD);
        api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-04", "parents"));

        var response = api.put(SCHOOL.apiToken(), informingPath(id), Map.of("status", "postponed"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("informing-already-recorded");
        assertThat(storedPostponedOn(id)).isNull();
    }

    @Test
    void correctsRecordedInforming() {
        var id = register(CHILD);
        api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-04", "parents"));
        clock.setDate(LocalDate.of(2026, 12, 8));

        var response = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-07", "parents", "child"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(storedInformedOn(id)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(response.body().path("informing").path("informedParties").size())
                .isEqualTo(2);
    }

    @Test
    void rejectsArchivedSignal() {
        var id = register(CHILD);
        api.end(SCHOOL.apiToken(), id, "risk-gone");

        var informed = api.put(SCHOOL.apiToken(), informingPath(id), informed("2026-12-04", "parents"));
        var postponed = api.put(SCHOOL.apiToken(), informingPath(id), Map.of("status", "postponed"));

        assertThat(informed.status()).isEqualTo(409);
        assertThat(informed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(informed.body().path("detail").asString()).contains("archive");
        assertThat(postponed.status()).isEqualTo(409);
        assertThat(storedInformedOn(id)).isNull();
        assertThat(storedPostponedOn(id)).isNull();
    }

    @Test
    void answersNotFoundForSignalOfAnotherOrganisation() {
        var id = api.post(
                        SCHOOL.apiToken(),
                        "/api/v1/signals",
                        Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", "LL-77"))
                .body()
                .path("id")
                .asString();

        var informed = api.put(YOUTH_HEALTH.apiToken(), informingPath(id), informed("2026-12-04", "parents"));
        var postponed = api.put(YOUTH_HEALTH.apiToken(), informingPath(id), Map.of("status", "postponed"));
        var unknown = api.put(SCHOOL.apiToken(), informingPath(UUID.randomUUID()), informed("2026-12-04", "parents"));

        assertThat(informed.status()).isEqualTo(404);
        assertThat(informed.text()).doesNotContain("LL-77");
        assertThat(postponed.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(storedInformedOn(id)).isNull();
        assertThat(storedPostponedOn(id)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                                                            | /status        | required",
                "{\"status\": \"later\"}                                                         | /status        | value-invalid",
                "{\"status\": \"informed\", \"informedParties\": [\"parents\"]}                   | /informedOn    | required",
                "{\"status\": \"informed\", \"informedOn\": \"04-12-2026\", \"informedParties\": [\"parents\"]} | /informedOn | format-invalid",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04T10:00:00Z\", \"informedParties\": [\"parents\"]} | /informedOn | format-invalid",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\"}                      | /informedParties | required",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\", \"informedParties\": []} | /informedParties | required",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\", \"informedParties\": [\"mother\"]} | /informedParties/0 | value-invalid",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\", \"informedParties\": [\"parents\", \"parents\"]} | /informedParties/1 | value-invalid",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\", \"informedParties\": \"parents\"} | /informedParties | format-invalid",
                "{\"status\": \"informed\", \"informedOn\": \"2026-12-04\", \"informedParties\": [1]} | /informedParties/0 | format-invalid",
                "{\"status\": \"postponed\", \"informedOn\": \"2026-12-04\"}                     | /informedOn    | value-invalid",
                "{\"status\": \"postponed\", \"reason\": \"safety\"}                              | /reason        | property-unknown"
            })
    void rejectsMalformedBody(String body, String pointer, String code) {
        var id = register(CHILD);

        var response = api.putRaw(SCHOOL.apiToken(), informingPath(id), body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(pointer(response, 0)).isEqualTo(pointer);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(storedInformedOn(id)).isNull();
        assertThat(storedPostponedOn(id)).isNull();
    }

    @Test
    void rejectsBodyOverSixteenKilobytes() {
        var id = register(CHILD);
        var body = "{\"status\": \"postponed\"}" + " ".repeat(16 * 1024);

        var response = api.putRaw(SCHOOL.apiToken(), informingPath(id), body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(storedPostponedOn(id)).isNull();
    }

    @Test
    void rejectsMalformedIdWithoutRepeatingIt() {
        var response =
                api.put(SCHOOL.apiToken(), "/api/v1/signals/" + CHILD + "/informing", Map.of("status", "postponed"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("format-invalid");
        assertThat(response.text()).doesNotContain(CHILD);
    }

    private String register(String bsn) {
        var response = api.register(SCHOOL.apiToken(), bsn, TEACHER.id());
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private static String informingPath(Object id) {
        return "/api/v1/signals/" + id + "/informing";
    }

    private static Map<String, Object> informed(String informedOn, String... parties) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "informed");
        body.put("informedOn", informedOn);
        body.put("informedParties", List.of(parties));
        return body;
    }

    private static String pointer(TestApi.Response response, int error) {
        return response.body()
                .path("errors")
                .path(error)
                .path("location")
                .path("pointer")
                .asString();
    }

    private LocalDate storedInformedOn(String id) {
        return jdbc.sql("select informed_on from signals where id = ?")
                .param(UUID.fromString(id))
                .query((rs, row) -> rs.getObject("informed_on", LocalDate.class))
                .list()
                .get(0);
    }

    private LocalDate storedPostponedOn(String id) {
        return jdbc.sql("select informing_postponed_on from signals where id = ?")
                .param(UUID.fromString(id))
                .query((rs, row) -> rs.getObject("informing_postponed_on", LocalDate.class))
                .list()
                .get(0);
    }
}
