package nl.verwijsindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web pages over plain HTTP: status, security headers, cookies and the choice of language. */
class WebPagesIntegrationTests extends IntegrationTest {

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login", "/nlds/no-such-file.css", "/no-such-page"})
    void pageHasSecurityHeaders(String path) throws Exception {
        var response = get(path);

        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(CONTENT_SECURITY_POLICY);
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
        assertThat(headers.firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    }

    @Test
    void startPageSetsNoCookie() throws Exception {
        var response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void loginFormCarriesCsrfTokenWithoutSession() throws Exception {
        var response = get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(response.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
                .satisfies(cookie -> assertThat(cookie).contains("; HttpOnly"))
                .satisfies(cookie -> assertThat(cookie).contains("; SameSite=Strict"));
    }

    @Test
    void loginFormHasAutocompleteHints() throws Exception {
        var body = get("/login").body();

        assertThat(body).contains("type=\"email\"", "autocomplete=\"username\"");
        assertThat(body).contains("type=\"password\"", "autocomplete=\"current-password\"");
        assertThat(body).contains("autocomplete=\"one-time-code\"");
    }

    @Test
    void loginPostWithoutCsrfTokenIsRejected() throws Exception {
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=a%40example.org&password=secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(">Formulier verlopen</h1>");
    }

    @Test
    void closedPathShowsForbiddenPage() throws Exception {
        var response = get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(">Geen toegang</h1>");
        assertThat(response.body())
                .contains("U hebt geen toegang tot deze pagina, of de pagina bestaat niet. Controleer het adres");
    }

    @Test
    void missingAssetShowsNotFoundPage() throws Exception {
        var response = get("/nlds/no-such-file.css");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains(">Pagina niet gevonden</h1>");
        assertThat(response.body())
                .contains("Deze pagina bestaat niet. Controleer het adres, of ga naar de startpagina.");
        assertThat(response.body()).contains("<title>Pagina niet gevonden");
    }

    @Test
    void apiKeepsProblemResponses() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/no-such-resource?lang=en"))
                .header("Accept", "text/html")
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("Content-Security-Policy")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void ownStylesheetIsLinkedByContentHash() throws Exception {
        var page = get("/").body();
        var stylesheet = page.replaceFirst("(?s).*href=\"(/css/verwijsindex-[0-9a-f]{32}\\.css)\".*", "$1");

        var response = get(stylesheet);

        assertThat(stylesheet).startsWith("/css/verwijsindex-");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, public");
    }

    @Test
    void stylesheetsAreCachedByContentHash() throws Exception {
        var page = get("/").body();
        var stylesheet =
                page.replaceFirst("(?s).*href=\"(/nlds/component-library-css/index-[0-9a-f]{32}\\.css)\".*", "$1");

        var response = get(stylesheet);

        assertThat(stylesheet).startsWith("/nlds/component-library-css/index-");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/css");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, public");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void pagesAreDutchWithoutLanguageChoice() throws Exception {
        var body = get("/").body();

        assertThat(body).contains("<html class=\"utrecht-root utrecht-theme\" lang=\"nl\">");
        assertThat(body).contains("Direct naar de inhoud");
    }

    @Test
    void acceptLanguageChoosesEnglish() throws Exception {
        var body = get("/", "Accept-Language", "en-GB,en;q=0.9").body();

        assertThat(body).contains("lang=\"en\">");
        assertThat(body).contains("Skip to content");
    }

    @Test
    void unsupportedAcceptLanguageFallsBackToDutch() throws Exception {
        var body = get("/", "Accept-Language", "fr-FR,fr;q=0.9").body();

        assertThat(body).contains("lang=\"nl\">");
    }

    @Test
    void languageParameterIsStoredInCookie() throws Exception {
        var response = get("/?lang=en");

        assertThat(response.body()).contains("lang=\"en\">");
        assertThat(response.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("verwijsindex-language=en;"))
                .satisfies(cookie -> assertThat(cookie).contains("; HttpOnly"))
                .satisfies(cookie -> assertThat(cookie).contains("; SameSite=Lax"));
    }

    @Test
    void languageCookieWinsOverAcceptLanguage() throws Exception {
        var body = get("/", "Cookie", "verwijsindex-language=en", "Accept-Language", "nl")
                .body();

        assertThat(body).contains("lang=\"en\">");
    }

    @Test
    void unsupportedLanguageParameterIsIgnored() throws Exception {
        var response = get("/?lang=fr");

        assertThat(response.body()).contains("lang=\"nl\">");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** Sends a GET request that accepts HTML, as a browser does, with the given header names and values. */
    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
