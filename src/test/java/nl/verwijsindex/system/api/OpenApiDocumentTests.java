package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTests extends IntegrationTest {

    private static final String ORIGIN = "https://developer.example.org";

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls(port);
    }

    @Test
    void allowsAnyOriginToRead() {
        var response = api.get(RestApi.DOCUMENT_PATH, "Origin", ORIGIN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(response.headers().allValues("Access-Control-Expose-Headers"))
                .containsExactly("API-Version");
    }

    @Test
    void sendsCorsHeaderWithoutOrigin() {
        var response = api.get(RestApi.DOCUMENT_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
    }

    @Test
    void allowsPreflight() {
        var response = api.send(
                "OPTIONS",
                RestApi.DOCUMENT_PATH,
                null,
                "Origin",
                ORIGIN,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "accept");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(response.headers().allValues("Access-Control-Allow-Methods")).containsExactly("GET, HEAD, OPTIONS");
        assertThat(response.headers().allValues("Access-Control-Allow-Headers")).containsExactly("*");
        assertThat(response.headers().allValues("Access-Control-Max-Age")).containsExactly("3600");
        assertThat(response.headers().allValues("API-Version")).containsExactly("1.0.0");
    }

    @Test
    void sendsNoCorsForOtherApiPaths() {
        var get = api.get(TestOnlyProblemController.BASE_PATH + "/matches", "Origin", ORIGIN);
        var preflight = api.send(
                "OPTIONS",
                TestOnlyProblemController.BASE_PATH + "/matches",
                null,
                "Origin",
                ORIGIN,
                "Access-Control-Request-Method",
                "GET");

        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void describesApi() {
        var response = api.get(RestApi.DOCUMENT_PATH);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        var document = ApiCalls.json(response);
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        var info = document.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Verwijsindex API");
        assertThat(info.get("version").asString()).isEqualTo("1.0.0");
        assertThat(info.get("description").asString()).isNotBlank();
        assertThat(info.get("contact").get("name").asString()).isEqualTo("Verwijsindex");
        assertThat(info.get("contact").get("email").asString()).isEqualTo("verwijsindex@example.org");
        assertThat(info.get("contact").get("url").asString()).isEqualTo("https://example.org/verwijsindex");
        assertThat(info.get("license").get("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(info.get("license").get("url").asString()).isEqualTo("https://eupl.eu/1.2/en/");
        assertThat(document.get("servers")).hasSize(1);
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/api/v1");
        assertThat(document.get("security").get(0).has("bearerToken")).isTrue();
        var bearer = document.get("components").get("securitySchemes").get("bearerToken");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void definesProblemSchema() {
        var document = ApiCalls.json(api.get(RestApi.DOCUMENT_PATH));

        var problem = document.get("components").get("schemas").get("Problem");
        assertThat(problem.get("required").values())
                .extracting(value -> value.asString())
                .containsExactlyInAnyOrder("status", "title", "detail");
        assertThat(problem.get("properties").propertyNames())
                .containsExactly("type", "title", "status", "detail", "instance", "errors");
        var error = document.get("components").get("schemas").get("ProblemError");
        assertThat(error.get("properties").propertyNames()).containsExactly("in", "location", "code", "detail");
        var versionHeader = document.get("components").get("headers").get("API-Version");
        assertThat(versionHeader.get("schema").get("example").asString()).isEqualTo("1.0.0");
    }

    @Test
    void hidesTestOnlyOperations() {
        var document = ApiCalls.json(api.get(RestApi.DOCUMENT_PATH));

        assertThat(document.path("paths").propertyNames()).noneMatch(path -> path.startsWith("/test-only"));
    }
}
