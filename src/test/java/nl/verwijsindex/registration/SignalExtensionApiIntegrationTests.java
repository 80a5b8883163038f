package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extending a signal through the API, up to two years after registration and before the 23rd birthday. */
class SignalExtensionApiIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01: a signal registered on 4 December 2026 may run until 4 December 2028. */
    static final String CHILD = "999970033";
    /** Born 2005-01-01: turns 23 on 1 January 2028, so a signal ends on 31 December 2027 at the latest. */
    static final String TURNS_23_ON_1_JANUARY_2028 = "999992107";
    /** Birth date 19990000: the earliest possible 23rd birthday is 1 January 2022. */
    static final String BIRTH_YEAR_ONLY = "999990482";

    TestApi api;

    @BeforeEach
    void client() {
        api = new TestApi(port);
    }

    @ParameterizedTest(name = "to {0}: {1}")
    @CsvSource({
        "2027-12-05, 200, ",
        "2028-12-04, 200, ",
        "2028-12-05, 422, end-date-after-maximum",
        "2027-12-04, 422, end-date-not-later",
        "2027-06-30, 422, end-date-not-later"
    })
    void extendsUpToTwoYearsAfterRegistration(String endDate, int status, String code) {
        var id = register(CHILD);

        var response = extend(SCHOOL.apiToken(), id, endDate);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.body().path("endDate").asString()).isEqualTo(endDate);
            assertThat(response.body().path("status").asString()).isEqualTo("active");
            assertThat(storedEndDate(id)).isEqualTo(LocalDate.parse(endDate));
        } else {
            assertThat(response.errorCode()).isEqualTo(code);
            assertThat(pointer(response)).isEqualTo("/endDate");
            assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
        }
    }

    @Test
    void namesEndDateThatDoesNotExist() {
        var id = register(CHILD);

        var response = extend(SCHOOL.apiToken(), id, "2028-02-30");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("format-invalid");
        assertThat(response.body().path("errors").path(0).path("detail").asString())
                .isEqualTo("The end date, 2028-02-30, is not an existing date; check the day and the month");
        assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
    }

    @Test
    void namesLatestEndDateWhenRejecting() {
        var id = register(CHILD);

        var response = extend(SCHOOL.apiToken(), id, "2028-12-05");

        assertThat(response.body().path("detail").asString())
                .contains("2028-12-05")
                .contains("latest allowed end date 2028-12-04");
    }

    @ParameterizedTest(name = "to {0}: {1}")
    @CsvSource({"2027-12-31, 200", "2028-01-01, 422", "2028-12-04, 422"})
    void neverExtendsPastDayBefore23rdBirthday(String endDate, int status) {
        var id = register(TURNS_23_ON_1_JANUARY_2028);

        var response = extend(SCHOOL.apiToken(), id, endDate);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.errorCode()).isEqualTo("end-date-after-maximum");
            assertThat(response.body().path("detail").asString()).contains("latest allowed end date 2027-12-31");
            assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
        } else {
            assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 31));
        }
    }

    @ParameterizedTest(name = "to {0}: {1}")
    @CsvSource({"2021-12-31, 200", "2022-01-01, 422"})
    void partialBirthDateCountsFromEarliestPossibleBirthday(String endDate, int status) {
        clock.setDate(LocalDate.of(2020, 6, 1));
        var id = register(BIRTH_YEAR_ONLY);

        var response = extend(SCHOOL.apiToken(), id, endDate);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.body().path("detail").asString()).contains("latest allowed end date 2021-12-31");
            assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2021, 6, 1));
        }
    }

    @ParameterizedTest(name = "to {0}: {1}")
    @CsvSource({"2027-01-20, 422", "2027-02-01, 200"})
    void rejectsDateInPastWhenEndDatePassed(String endDate, int status) {
        clock.setDate(LocalDate.of(2026, 1, 10));
        var id = register(CHILD);
        clock.setDate(LocalDate.of(2027, 2, 1));

        var response = extend(SCHOOL.apiToken(), id, endDate);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.errorCode()).isEqualTo("end-date-in-past");
        }
    }

    @Test
    void leavesMatchesAsTheyAre() throws Exception {
        var id = register(CHILD);
        api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id());
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        var before = matchRows();

        var response = extend(SCHOOL.apiToken(), id, "2028-06-30");
        var matches = api.matches(SCHOOL.apiToken(), TEACHER.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(matchRows()).isEqualTo(before);
        assertThat(matches.body().path("matches").size()).as(matches.text()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(1_000, 3)).as("no further email").isFalse();
    }

    @Test
    void rejectsArchivedSignal() {
        var id = register(CHILD);
        api.end(SCHOOL.apiToken(), id, "risk-gone");

        var response = extend(SCHOOL.apiToken(), id, "2028-06-30");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("detail").asString()).contains("archive");
        assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
    }

    @Test
    void answersNotFoundForSignalOfAnotherOrganisation() {
        var id = register(CHILD);

        var foreign = extend(YOUTH_HEALTH.apiToken(), id, "2028-06-30");
        var unknown = extend(SCHOOL.apiToken(), UUID.randomUUID().toString(), "2028-06-30");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain("2027-12-04");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                                  | /endDate | required",
                "{\"endDate\": \"30-06-2028\"}                         | /endDate | format-invalid",
                "{\"endDate\": \"2028-06-30T00:00:00Z\"}               | /endDate | format-invalid",
                "{\"endDate\": 20280630}                              | /endDate | format-invalid",
                "{\"endDate\": \"2028-06-30\", \"reason\": \"ongoing\"} | /reason  | property-unknown"
            })
    void rejectsMalformedBody(String body, String pointer, String code) {
        var id = register(CHILD);

        var response = api.postRaw(SCHOOL.apiToken(), "/api/v1/signals/" + id + "/extension", body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(pointer(response)).isEqualTo(pointer);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(storedEndDate(id)).isEqualTo(LocalDate.of(2027, 12, 4));
    }

    private String register(String bsn) {
        var response = api.register(SCHOOL.apiToken(), bsn, TEACHER.id());
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private TestApi.Response extend(String token, String id, String endDate) {
        return api.post(token, "/api/v1/signals/" + id + "/extension", Map.of("endDate", endDate));
    }

    private static String pointer(TestApi.Response response) {
        return response.body()
                .path("errors")
                .path(0)
                .path("location")
                .path("pointer")
                .asString();
    }

    private LocalDate storedEndDate(String id) {
        return jdbc.sql("select end_date from signals where id = ?")
                .param(UUID.fromString(id))
                .query(LocalDate.class)
                .single();
    }

    private String matchRows() {
        return jdbc.sql("select string_agg(m.id || ':' || mm.signal_id, ',' order by m.id, mm.signal_id)"
                        + " from matches m join match_members mm on mm.match_id = m.id")
                .query(String.class)
                .single();
    }
}
