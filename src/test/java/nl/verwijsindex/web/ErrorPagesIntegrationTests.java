package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Error responses of web paths are the application's HTML pages, whatever the client accepts. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*/*", "application/json", "text/html"})
    void notFoundIsHtmlPage(String accept) {
        var response = loggedIn(TEACHER).get("/signals/00000000-0000-0000-0000-000000000000", accept);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains(">Pagina niet gevonden</h1>", "class=\"utrecht-page");
        assertThat(response.body()).doesNotContain("\"timestamp\"", "\"status\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*/*", "application/json"})
    void forbiddenIsHtmlPage(String accept) {
        var response = loggedIn(TEACHER).get("/organisation", accept);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains(">Geen toegang</h1>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*/*", "application/json"})
    void methodNotAllowedIsHtmlPage(String accept) {
        var response = loggedIn(TEACHER).get("/signals/00000000-0000-0000-0000-000000000000/end", accept);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains(">Verzoek niet verwerkt</h1>");
    }

    @Test
    void oversizedFormIsRejectedBeforeItIsRead(CapturedOutput output) throws Exception {
        var body = "username=" + "a".repeat(FormBodyLimitFilter.MAXIMUM_BYTES);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();

        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains(">Verzoek niet verwerkt</h1>", "class=\"utrecht-page");
        assertThat(output.getAll()).doesNotContain("ERROR");
    }

    @Test
    void formAtLimitIsRead() throws Exception {
        var body = "username=" + "a".repeat(FormBodyLimitFilter.MAXIMUM_BYTES - "username=".length());
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();

        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(">Formulier verlopen</h1>");
    }

    @Test
    void englishUnknownPathIsHtmlPage() {
        var session = loggedIn(TEACHER);
        session.get("/home?lang=en");

        var response = session.get("/no-such-page", "application/json");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(">Access denied</h1>");
    }

    @Test
    void apiNotFoundStaysProblemJson() {
        var response = new TestApi(port).get(SCHOOL.apiToken(), "/api/v1/signals/00000000-0000-0000-0000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void encodedSlashGetsApplicationBadRequestPage() throws Exception {
        var response = rawGet("/administration/outbox/..%2fkeys.properties");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains(">Verzoek niet verwerkt</h1>", "class=\"utrecht-page");
        assertThat(response).doesNotContain("Apache Tomcat", "HTTP Status 400");
    }

    @Test
    void encodedSlashInApiGetsProblemJson() throws Exception {
        var response = rawGet("/api/v1/signals/..%2fkeys.properties");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json");
    }

    /** Sends the path as written, because Java's HTTP client would decode or reject it. */
    private String rawGet(String path) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            var request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
