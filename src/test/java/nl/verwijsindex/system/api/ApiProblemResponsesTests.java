package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemResponsesTests extends IntegrationTest {

    private static final String REGISTRATIONS = TestOnlyProblemController.BASE_PATH + "/registrations";
    private static final String MATCHES = TestOnlyProblemController.BASE_PATH + "/matches";
    private static final String BSN = "123456782";
    private static final String PROFESSIONAL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls(port);
    }

    @Test
    void rejectsMalformedJson() {
        var response = api.postJson(REGISTRATIONS, "{\"bsn\": \"" + BSN + "\", \"professionalId\": ");

        var problem = problem(response, 400);
        assertThat(problem.get("title").asString()).isEqualTo("The request is not valid");
        assertThat(problem.get("detail").asString())
                .isEqualTo("The request body is not valid JSON: parsing failed at line 1, column 40.");
        assertThat(problem.get("errors")).hasSize(1);
        assertError(problem.get("errors").get(0), "body", Map.of("pointer", ""), "json-invalid");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void rejectsDateNotInIsoFormat() {
        var response = api.postJson(
                REGISTRATIONS,
                "{\"bsn\": \"" + BSN + "\", \"professionalId\": \"" + PROFESSIONAL_ID
                        + "\", \"endDate\": \"31-12-2026\"}");

        var problem = problem(response, 400);
        assertThat(problem.get("errors")).hasSize(1);
        var error = problem.get("errors").get(0);
        assertError(error, "body", Map.of("pointer", "/endDate"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo("The value of endDate must be a date in the form yyyy-mm-dd, for example 2026-12-31.");
        assertThat(problem.get("detail").asString())
                .isEqualTo(error.get("detail").asString());
        assertThat(response.body()).doesNotContain(BSN).doesNotContain("31-12-2026");
    }

    @Test
    void rejectsInvalidUuid() {
        var response = api.postJson(REGISTRATIONS, "{\"bsn\": \"" + BSN + "\", \"professionalId\": \"p-11\"}");

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "body", Map.of("pointer", "/professionalId"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo(
                        "The value of professionalId must be a UUID, for example 3fa85f64-5717-4562-b3fc-2c963f66afa6.");
    }

    @Test
    void listsAllowedEnumValues() {
        var response = api.postJson(
                REGISTRATIONS,
                "{\"bsn\": \"" + BSN + "\", \"professionalId\": \"" + PROFESSIONAL_ID + "\", \"reason\": \"moved\"}");

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "body", Map.of("pointer", "/reason"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo("The value of reason must be one of risk-gone, unjustified.");
    }

    @Test
    void rejectsObjectForString() {
        var response = api.postJson(
                REGISTRATIONS,
                "{\"bsn\": {\"digits\": \"" + BSN + "\"}, \"professionalId\": \"" + PROFESSIONAL_ID + "\"}");

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "body", Map.of("pointer", "/bsn"), "format-invalid");
        assertThat(error.get("detail").asString()).isEqualTo("The value of bsn must be a string.");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void rejectsNumberOutOfRange() {
        var response = api.postJson(
                REGISTRATIONS,
                "{\"bsn\": \"" + BSN + "\", \"professionalId\": \"" + PROFESSIONAL_ID + "\", \"months\": 99999999999}");

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "body", Map.of("pointer", "/months"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo("The value of months is out of range: it must be a whole number from -2147483648 to"
                        + " 2147483647.");
    }

    @Test
    void requiresBody() {
        var response = api.postJson(REGISTRATIONS, "");

        var problem = problem(response, 400);
        assertError(problem.get("errors").get(0), "body", Map.of("pointer", ""), "required");
        assertThat(problem.get("detail").asString()).isEqualTo("The request body is missing. Send a JSON object.");
    }

    @Test
    void listsEveryInvalidField() {
        var response = api.postJson(REGISTRATIONS, "{\"bsn\": \" \", \"ownReference\": \"" + BSN + BSN + BSN + "\"}");

        var problem = problem(response, 400);
        assertThat(problem.get("detail").asString()).isEqualTo("3 values in the request are not valid");
        var errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        assertError(errors.get(0), "body", Map.of("pointer", "/bsn"), "required");
        assertThat(errors.get(0).get("detail").asString()).isEqualTo("The field bsn is required.");
        assertError(errors.get(1), "body", Map.of("pointer", "/ownReference"), "value-invalid");
        assertThat(errors.get(1).get("detail").asString())
                .isEqualTo("The field ownReference is not valid: size must be between 0 and 20.");
        assertError(errors.get(2), "body", Map.of("pointer", "/professionalId"), "required");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void requiresQueryParameter() {
        var response = api.get(MATCHES);

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "query", Map.of("parameter", "professionalId"), "required");
        assertThat(error.get("detail").asString()).isEqualTo("The query parameter professionalId is required.");
    }

    @Test
    void rejectsQueryParameterOfWrongType() {
        var response = api.get(MATCHES + "?professionalId=" + BSN);

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "query", Map.of("parameter", "professionalId"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo("The query parameter professionalId must be a UUID, for example"
                        + " 3fa85f64-5717-4562-b3fc-2c963f66afa6.");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void namesRangeOfQueryNumber() {
        var response = api.get(MATCHES + "?professionalId=" + PROFESSIONAL_ID + "&limit=99999999999");

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "query", Map.of("parameter", "limit"), "format-invalid");
        assertThat(error.get("detail").asString())
                .isEqualTo("The query parameter limit must be a whole number from -2147483648 to 2147483647.");
    }

    @Test
    void rejectsPathParameterOfWrongType() {
        var response = api.get(REGISTRATIONS + "/" + BSN);

        var error = problem(response, 400).get("errors").get(0);
        assertError(error, "path", Map.of("parameter", "id"), "format-invalid");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void returnsNotFoundForUnknownPath() {
        var response = api.get("/api/v1/no-such-resource", "Authorization", ApiCalls.SCHOOL_AUTHORIZATION);

        var problem = problem(response, 404);
        assertThat(problem.get("title").asString()).isEqualTo("Not found");
        assertThat(problem.get("detail").asString())
                .isEqualTo("No resource exists at this path. The OpenAPI document at /api/v1/openapi.json lists"
                        + " the paths of the API.");
        assertThat(problem.get("instance").asString()).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void rejectsUnsupportedMethod() {
        var response = api.send("PUT", MATCHES, "{}", "Content-Type", "application/json");

        var problem = problem(response, 405);
        assertThat(problem.get("title").asString()).isEqualTo("Method not allowed");
        assertThat(problem.get("detail").asString())
                .isEqualTo("This path does not support the request method. Use GET.");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void rejectsUnsupportedContentType() {
        var response = api.send("POST", REGISTRATIONS, "bsn=" + BSN, "Content-Type", "text/plain");

        var problem = problem(response, 415);
        assertThat(problem.get("title").asString()).isEqualTo("Unsupported media type");
        assertThat(problem.get("detail").asString())
                .isEqualTo(
                        "This operation does not accept the request's Content-Type. Send the body as application/json.");
        assertThat(response.body()).doesNotContain(BSN);
    }

    @Test
    void writesProblemWhenClientAcceptsHtml() {
        var response = api.send("POST", REGISTRATIONS, "{", "Content-Type", "application/json", "Accept", "text/html");

        problem(response, 400);
    }

    @Test
    void writesApiProblemException() {
        var response = api.get(TestOnlyProblemController.BASE_PATH + "/rule-broken");

        var problem = problem(response, 422);
        assertThat(problem.get("title").asString()).isEqualTo("The request breaks a rule of the index");
        assertThat(problem.get("detail").asString()).isEqualTo("The population register has no person with this BSN.");
        assertError(problem.get("errors").get(0), "body", Map.of("pointer", "/bsn"), "person-not-found");
    }

    @Test
    void hidesCauseOfUnexpectedException(CapturedOutput output) {
        var response = api.get(TestOnlyProblemController.BASE_PATH + "/failure");

        var problem = problem(response, 500);
        assertThat(problem.get("title").asString()).isEqualTo("Internal server error");
        assertThat(problem.get("detail").asString()).isEqualTo(Problems.UNEXPECTED_DETAIL);
        assertThat(response.body()).doesNotContain(TestOnlyProblemController.INTERNAL_MESSAGE);
        assertThat(response.body()).doesNotContain("IllegalStateException");
        var instance = problem.get("instance").asString();
        assertThat(output.getOut())
                .contains("ERROR")
                .contains("API request GET " + TestOnlyProblemController.BASE_PATH + "/failure failed, problem "
                        + instance)
                .contains("java.lang.IllegalStateException: " + TestOnlyProblemController.INTERNAL_MESSAGE);
    }

    @Test
    void writesProblemOnErrorPage() {
        var response = api.get(TestOnlyProblemController.BASE_PATH + "/unavailable");

        var problem = problem(response, 503);
        assertThat(problem.get("title").asString()).isEqualTo("Service unavailable");
        assertThat(problem.get("detail").asString())
                .isEqualTo("The service is unavailable for a while. Try again later.");
    }

    @Test
    void writesProblemForRejectedUrl() {
        var response = api.get(TestOnlyProblemController.BASE_PATH + "//protected");

        var problem = problem(response, 400);
        assertThat(problem.has("errors")).isFalse();
    }

    @Test
    void writesProblemForMissingToken() {
        var response = api.get(TestOnlyApiSecurityConfiguration.PROTECTED_PATH);

        var problem = problem(response, 401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Send the API client's token in the header 'Authorization: Bearer <token>'");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
        var problem = ApiCalls.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static void assertError(JsonNode error, String in, Map<String, String> location, String code) {
        assertThat(error.get("in").asString()).isEqualTo(in);
        assertThat(error.get("location").properties())
                .extracting(entry -> Map.entry(entry.getKey(), entry.getValue().asString()))
                .containsExactlyElementsOf(location.entrySet());
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("detail").asString()).isNotBlank();
    }
}
