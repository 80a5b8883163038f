package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.FORMER_OFFICER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.POLICE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED_WORKER;
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
import org.junit.jupiter.params.provider.ValueSource;

/** Registration, re-registration and ending through the API, on persons of the RvIG test set. */
class RegistrationIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage, two parents with a BSN. */
    static final String CHILD = "999970033";
    /** Born 2003-12-24: turns 23 on 2026-12-24. */
    static final String TURNS_23_ON_24_DECEMBER_2026 = "999970677";
    /** Born 2008-02-29. */
    static final String BORN_ON_LEAP_DAY = "900194042";
    /** Birth date 19990000: only the year is known. */
    static final String BIRTH_YEAR_ONLY = "999990482";

    TestApi api;

    @BeforeEach
    void client() {
        api = new TestApi(port);
    }

    @Test
    void registersSignalWithOrganisationDefaultEndDate() {
        var response = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(response.status()).isEqualTo(201);
        var id = response.body().path("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/v1/signals/" + id);
        assertThat(response.body().path("professionalId").asString())
                .isEqualTo(TEACHER.id().toString());
        assertThat(response.body().path("status").asString()).isEqualTo("active");
        assertThat(response.body().path("registeredOn").asString()).isEqualTo("2026-12-04");
        assertThat(response.body().path("endDate").asString()).isEqualTo("2027-12-04");
        assertThat(response.body().has("ownReference")).isFalse();
        assertThat(response.body().has("bsn")).isFalse();
        assertThat(response.text()).doesNotContain(CHILD);
        assertThat(signalCount()).isEqualTo(1);
    }

    @Test
    void storesOwnReferenceAndEndDate() {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of(
                        "bsn",
                        CHILD,
                        "professionalId",
                        TEACHER.id().toString(),
                        "ownReference",
                        "LL-2026-0042",
                        "endDate",
                        "2027-06-30"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("ownReference").asString()).isEqualTo("LL-2026-0042");
        assertThat(response.body().path("endDate").asString()).isEqualTo("2027-06-30");
    }

    @Test
    void returnsExistingSignalOnReregistration() {
        var first = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        var second = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("id").asString())
                .isEqualTo(first.body().path("id").asString());
        assertThat(second.header("Location")).isNull();
        assertThat(signalCount()).isEqualTo(1);
    }

    @Test
    void registersAgainAfterArchiving() {
        var first = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());
        api.end(SCHOOL.apiToken(), first.body().path("id").asString(), "risk-gone");

        var second = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id());

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("id").asString())
                .isNotEqualTo(first.body().path("id").asString());
        assertThat(signalCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "12345678", "1234567890", "99997003A", "999 70033", "999999245", "999970034", "000000000"})
    void rejectsBsnFailingFormatOrElevenTest(String bsn) {
        var response = api.register(SCHOOL.apiToken(), bsn, TEACHER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorCode()).isEqualTo("bsn-invalid");
        assertThat(response.body().path("errors").path(0).path("in").asString()).isEqualTo("body");
        assertThat(response.body()
                        .path("errors")
                        .path(0)
                        .path("location")
                        .path("pointer")
                        .asString())
                .isEqualTo("/bsn");
        assertThat(signalCount()).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "123456782, person-not-found",
        "999970422, person-deceased",
        "999998535, person-not-resident",
        "999993410, person-not-resident",
        "000009830, person-too-old"
    })
    void rejectsPersonWhomTheRulesExclude(String bsn, String code) {
        var response = api.register(SCHOOL.apiToken(), bsn, TEACHER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.body().path("status").asInt()).isEqualTo(422);
        assertThat(response.body().path("title").asString()).isNotBlank();
        assertThat(response.body().path("detail").asString()).isNotBlank();
        assertThat(response.text()).doesNotContain(bsn);
        assertThat(signalCount()).isZero();
    }

    @Test
    void acceptsChildUnderSecrecy() {
        var response = api.register(SCHOOL.apiToken(), "999971207", TEACHER.id());

        assertThat(response.status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        TURNS_23_ON_24_DECEMBER_2026 + ", 2026-12-23, 201",
        TURNS_23_ON_24_DECEMBER_2026 + ", 2026-12-24, 422",
        TURNS_23_ON_24_DECEMBER_2026 + ", 2026-12-25, 422",
        BORN_ON_LEAP_DAY + ", 2031-02-27, 201",
        BORN_ON_LEAP_DAY + ", 2031-02-28, 422",
        BORN_ON_LEAP_DAY + ", 2031-03-01, 422",
        BIRTH_YEAR_ONLY + ", 2021-12-31, 201",
        BIRTH_YEAR_ONLY + ", 2022-01-01, 422"
    })
    void acceptsChildUntilEarliestPossible23rdBirthday(String bsn, LocalDate today, int status) {
        clock.setDate(today);

        var response = api.register(SCHOOL.apiToken(), bsn, TEACHER.id());

        assertThat(response.status()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.errorCode()).isEqualTo("person-too-old");
        }
    }

    @ParameterizedTest(name = "end date {0}: {1}")
    @CsvSource({"2026-12-03, 422", "2026-12-04, 201", "2028-12-04, 201", "2028-12-05, 422"})
    void acceptsEndDateFromTodayUpToTwoYears(String endDate, int status) {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "endDate", endDate));

        assertThat(response.status()).isEqualTo(status);
        if (status == 422) {
            assertThat(response.errorCode()).isEqualTo("end-date-invalid");
            assertThat(response.body()
                            .path("errors")
                            .path(0)
                            .path("location")
                            .path("pointer")
                            .asString())
                    .isEqualTo("/endDate");
            assertThat(signalCount()).isZero();
        }
    }

    @Test
    void reportsEveryInvalidValueAtOnce() {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", "123", "professionalId", TEACHER.id().toString(), "endDate", "2030-01-01"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").size()).isEqualTo(2);
        assertThat(response.body().path("errors").path(0).path("code").asString())
                .isEqualTo("bsn-invalid");
        assertThat(response.body().path("errors").path(1).path("code").asString())
                .isEqualTo("end-date-invalid");
    }

    @Test
    void rejectsOwnReferenceContainingBsn() {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", "dossier 999970045"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("own-reference-invalid");
        assertThat(response.body().path("errors").path(0).path("detail").asString())
                .isEqualTo("The own reference looks like a BSN; leave the BSN out and use your organisation's own"
                        + " client number");
        assertThat(response.text()).doesNotContain("999970045");
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsOwnReferenceWithBsnMissingLeadingZero() {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", "dossier 0000 9830"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("own-reference-invalid");
        assertThat(response.text()).doesNotContain("9830");
        assertThat(signalCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-02-30", "2027-02-29", "2027-13-01"})
    void rejectsEndDateThatDoesNotExist(String endDate) {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "endDate", endDate));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("format-invalid");
        assertThat(response.body().path("errors").path(0).path("detail").asString())
                .isEqualTo("The end date, " + endDate + ", is not an existing date; check the day and the month");
        assertThat(signalCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dossier 999 970 045",
                "9999.70.045",
                "bsn 999-970-045",
                "９９９９７００４５",
                "999_970_045",
                "999,970,045",
                "999\u2011970\u2011045",
                "999\u00B7970\u00B7045",
                "\u0669\u0669\u0669\u0669\u0667\u0660\u0660\u0664\u0665"
            })
    void rejectsOwnReferenceContainingWrittenOutBsn(String ownReference) {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", ownReference));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("own-reference-invalid");
        assertThat(signalCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LL-2026\u200B-42", "ref\u202Eabc", "line\nbreak", "tab\there"})
    void rejectsOwnReferenceWithInvisibleCharacters(String ownReference) {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", ownReference));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("own-reference-invalid");
    }

    @Test
    void acceptsOwnReferenceWithOtherNumbers() {
        var response = api.post(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString(), "ownReference", "2026-0042-123"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("ownReference").asString()).isEqualTo("2026-0042-123");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"bsn\": 999970033, \"professionalId\": \"%s\"}                          | /bsn",
                "{\"bsn\": true, \"professionalId\": \"%s\"}                               | /bsn",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"ownReference\": 42} | /ownReference",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"endDate\": 20270101} | /endDate",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"endDate\": \"2027-01-01T00:00:00Z\"} | /endDate",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"endDate\": \"\"} | /endDate",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"endDate\": \"1-2-2027\"} | /endDate",
                "{\"bsn\": \"999970033\", \"professionalId\": \"%s\", \"name\": \"Mira\"}  | /name"
            })
    void rejectsValuesOfWrongTypeOrUnknownFields(String template, String pointer) {
        var response = api.postRaw(SCHOOL.apiToken(), "/api/v1/signals", template.formatted(TEACHER.id()));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.body()
                        .path("errors")
                        .path(0)
                        .path("location")
                        .path("pointer")
                        .asString())
                .isEqualTo(pointer);
        assertThat(response.text()).doesNotContain(CHILD).doesNotContain("Mira");
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsDuplicateKeys() {
        var response = api.postRaw(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                "{\"bsn\": \"999970033\", \"bsn\": \"999970045\", \"professionalId\": \"" + TEACHER.id() + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("json-invalid");
        assertThat(response.body().path("errors").path(0).path("detail").asString())
                .isEqualTo("The request body repeats the property bsn; send each property once.");
        assertThat(response.text()).doesNotContain("999970045");
        assertThat(signalCount()).isZero();
    }

    @Test
    void repeatedOddKeyIsNotEchoed() {
        var response = api.postRaw(
                SCHOOL.apiToken(), "/api/v1/signals", "{\"999970045\": 1, \"999970045\": 2, \"bsn\": \"999970033\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).doesNotContain("999970045");
    }

    @Test
    void rejectsBodyOverSixteenKilobytes() {
        var body = "{\"bsn\": \"999970033\", \"professionalId\": \"" + TEACHER.id() + "\"}" + " ".repeat(16 * 1024);

        var response = api.postRaw(SCHOOL.apiToken(), "/api/v1/signals", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsChunkedBodyOverSixteenKilobytes() throws Exception {
        var body = "{\"bsn\": \"999970033\", \"professionalId\": \"" + TEACHER.id() + "\"}" + " ".repeat(20 * 1024);
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/signals"))
                .header("Authorization", "Bearer " + SCHOOL.apiToken())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();

        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(signalCount()).isZero();
    }

    @Test
    void repeatsNoOddPropertyName() {
        var response = api.postRaw(
                SCHOOL.apiToken(),
                "/api/v1/signals",
                "{\"bsn\": \"999970033\", \"professionalId\": \"" + TEACHER.id() + "\", \"999970045\": 1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("property-unknown");
        assertThat(response.text()).doesNotContain("999970045");
    }

    @ParameterizedTest(name = "end date {0}")
    @CsvSource(
            value = {"null, 2026-12-23", "2027-06-30, 2026-12-23", "2026-12-20, 2026-12-20"},
            nullValues = "null")
    void endsSignalBefore23rdBirthday(String requested, String stored) {
        var body = new java.util.HashMap<String, String>(Map.of(
                "bsn",
                TURNS_23_ON_24_DECEMBER_2026,
                "professionalId",
                TEACHER.id().toString()));
        if (requested != null) {
            body.put("endDate", requested);
        }

        var response = api.post(SCHOOL.apiToken(), "/api/v1/signals", body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("endDate").asString()).isEqualTo(stored);
    }

    @Test
    void reportsMissingFields() {
        var response = api.post(SCHOOL.apiToken(), "/api/v1/signals", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").size()).isEqualTo(2);
        assertThat(response.body()
                        .path("errors")
                        .path(0)
                        .path("location")
                        .path("pointer")
                        .asString())
                .isEqualTo("/bsn");
        assertThat(response.body().path("errors").path(0).path("code").asString())
                .isEqualTo("required");
        assertThat(response.body()
                        .path("errors")
                        .path(1)
                        .path("location")
                        .path("pointer")
                        .asString())
                .isEqualTo("/professionalId");
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsMalformedJson() {
        var response = api.postRaw(SCHOOL.apiToken(), "/api/v1/signals", "{\"bsn\": \"999970033\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text()).doesNotContain(CHILD);
        assertThat(signalCount()).isZero();
    }

    @Test
    void answersNotFoundForProfessionalOfAnotherOrganisation() {
        var response = api.register(SCHOOL.apiToken(), CHILD, NURSE.id());

        assertThat(response.status()).isEqualTo(404);
        assertThat(signalCount()).isZero();
    }

    @Test
    void answersNotFoundForUnknownProfessional() {
        var response = api.register(SCHOOL.apiToken(), CHILD, UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void rejectsDeactivatedProfessional() {
        var response = api.register(POLICE.apiToken(), CHILD, FORMER_OFFICER.id());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("professional-inactive");
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsClientOfSuspendedOrganisation() {
        var response = api.register(SUSPENDED.apiToken(), CHILD, SUSPENDED_WORKER.id());

        assertThat(response.status()).isEqualTo(403);
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsMissingOrWrongToken() {
        var missing = api.register(null, CHILD, TEACHER.id());
        var wrong = api.register("vwi_not-a-token", CHILD, TEACHER.id());

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(signalCount()).isZero();
    }

    @Test
    void readsOnlyOwnOrganisationsSignals() {
        var id = api.register(SCHOOL.apiToken(), CHILD, TEACHER.id())
                .body()
                .path("id")
                .asString();

        var own = api.get(SCHOOL.apiToken(), "/api/v1/signals/" + id);
        var other = api.get(YOUTH_HEALTH.apiToken(), "/api/v1/signals/" + id);
        var malformed = api.get(SCHOOL.apiToken(), "/api/v1/signals/" + CHILD);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("id").asString()).isEqualTo(id);
        assertThat(other.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("format-invalid");
        assertThat(malformed.body().path("errors").path(0).path("in").asString())
                .isEqualTo("path");
        assertThat(malformed.text()).doesNotContain(CHILD);
    }

    @Test
    void archivesSignalWhenRiskIsGone() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();
        clock.setDate(LocalDate.of(2027, 3, 1));

        var ended = api.end(YOUTH_CARE.apiToken(), id, "risk-gone");
        var again = api.end(YOUTH_CARE.apiToken(), id, "risk-gone");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.body().path("status").asString()).isEqualTo("archived");
        assertThat(ended.body().path("endedOn").asString()).isEqualTo("2027-03-01");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get(YOUTH_CARE.apiToken(), "/api/v1/signals/" + id)
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("archived");
    }

    @Test
    void destroysUnjustifiedSignal() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();

        var ended = api.end(YOUTH_CARE.apiToken(), id, "unjustified");

        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.text()).isEmpty();
        assertThat(api.get(YOUTH_CARE.apiToken(), "/api/v1/signals/" + id).status())
                .isEqualTo(404);
        assertThat(signalCount()).isZero();
    }

    @Test
    void destroysArchivedSignalFoundUnjustified() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();
        api.end(YOUTH_CARE.apiToken(), id, "risk-gone");

        var destroyed = api.end(YOUTH_CARE.apiToken(), id, "unjustified");

        assertThat(destroyed.status()).isEqualTo(204);
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsSecondRiskGoneWithNextStep() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();
        api.end(YOUTH_CARE.apiToken(), id, "risk-gone");

        var again = api.end(YOUTH_CARE.apiToken(), id, "risk-gone");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("detail").asString()).contains("end it with reason unjustified");
    }

    @Test
    void rejectsUnknownEndReason() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();

        var response = api.end(YOUTH_CARE.apiToken(), id, "moved");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("reason-invalid");
        assertThat(response.text()).doesNotContain("moved");
        assertThat(api.get(YOUTH_CARE.apiToken(), "/api/v1/signals/" + id)
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("active");
    }

    @Test
    void answersNotFoundWhenEndingAnotherOrganisationsSignal() {
        var id = api.register(YOUTH_CARE.apiToken(), CHILD, CARER.id())
                .body()
                .path("id")
                .asString();

        var response = api.end(SCHOOL.apiToken(), id, "unjustified");

        assertThat(response.status()).isEqualTo(404);
        assertThat(signalCount()).isEqualTo(1);
    }

    private long signalCount() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }
}
