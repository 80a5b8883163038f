package nl.verwijsindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's REST API as a client system would, over HTTP. */
public final class TestApi {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    private final int port;

    public TestApi(int port) {
        this.port = port;
    }

    public Response register(String token, String bsn, UUID professionalId) {
        return post(token, "/api/v1/signals", Map.of("bsn", bsn, "professionalId", professionalId.toString()));
    }

    public Response end(String token, Object signalId, String reason) {
        return post(token, "/api/v1/signals/" + signalId + "/end", Map.of("reason", reason));
    }

    public Response matches(String token, UUID professionalId) {
        return get(token, "/api/v1/matches?professionalId=" + professionalId);
    }

    public Response post(String token, String path, Object body) {
        return postRaw(token, path, json.writeValueAsString(body));
    }

    public Response postRaw(String token, String path, String body) {
        return send(request(token, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a form, as a browser would, to show that a token does not open the web pages. */
    public Response postForm(String token, String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> java.net.URLEncoder.encode(field.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(request(token, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response put(String token, String path, Object body) {
        return putRaw(token, path, json.writeValueAsString(body));
    }

    public Response putRaw(String token, String path, String body) {
        return send(request(token, path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response get(String token, String path) {
        return send(request(token, path).GET().build());
    }

    private HttpRequest.Builder request(String token, String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var isJson = response.headers()
                    .firstValue("Content-Type")
                    .map(type -> type.contains("json"))
                    .orElse(false);
            var body = isJson && !response.body().isEmpty() ? json.readTree(response.body()) : json.nullNode();
            return new Response(response.statusCode(), response.headers().map(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its status, headers, parsed JSON body and raw text. */
    public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body, String text) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** Returns the {@code code} of the first entry of a problem response's {@code errors}. */
        public String errorCode() {
            return body.path("errors").path(0).path("code").asString();
        }
    }
}
