package nl.verwijsindex.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.verwijsindex.testing.TestRegion.Person;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API of the application under test as an organisation's client system does, with
 * the organisation's API token as bearer token.
 */
final class SignalsApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;

    SignalsApi(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** Sends {@code POST /api/v1/signals} for the child in the professional's name. */
    Response register(Child child, Person professional) {
        var body = json.writeValueAsString(
                Map.of("bsn", child.bsn(), "professionalId", professional.id().toString()));
        var request = request("/api/v1/signals", professional)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    /** Sends {@code GET /api/v1/matches} for the professional. */
    Response matchesOf(Person professional) {
        var query = "?professionalId=" + URLEncoder.encode(professional.id().toString(), StandardCharsets.UTF_8);
        var request = request("/api/v1/matches" + query, professional).GET().build();
        return send(request);
    }

    private HttpRequest.Builder request(String path, Person professional) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + professional.organisation().apiToken());
    }

    private Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Response(response.statusCode(), contentType, parse(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /** Parses a JSON body. An empty body, or one that is not JSON, becomes a missing node. */
    private JsonNode parse(String text) {
        if (text.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.missingNode();
        }
    }

    /**
     * A response of the API.
     *
     * @param body the parsed JSON body, a missing node when the body is empty or not JSON
     * @param text the body as received, for failure messages
     */
    record Response(int status, String contentType, JsonNode body, String text) {

        /** Returns the string value of a top-level field, or null when it is absent or not a string. */
        String field(String name) {
            return string(body.path(name));
        }

        static String string(JsonNode node) {
            return node.isString() ? node.asString() : null;
        }
    }
}
