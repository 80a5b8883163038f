package nl.verwijsindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, follows no redirects, and sends the CSRF token of
 * the last form it read with every POST.
 */
public final class WebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken = "";
    private String acceptLanguage = "";

    public WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends the header {@code Accept-Language} with this value on every later request, as a browser does. */
    public WebSession acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /** Fills in and sends the login form. */
    public HttpResponse<String> logIn(String email, String password, String code) {
        get("/login");
        var form = new LinkedHashMap<String, String>();
        form.put("username", email);
        form.put("password", password);
        form.put("code", code);
        return post("/login", form);
    }

    public HttpResponse<String> logOut() {
        return post("/logout", Map.of());
    }

    /** Sends a GET and remembers the CSRF token of a form on the page. */
    public HttpResponse<String> get(String path) {
        var response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        var csrf = CSRF_FIELD.matcher(response.body());
        if (csrf.find()) {
            csrfToken = csrf.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** Sends a form whose fields may repeat a name, as checkboxes with one name do. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        return postWithCsrfToken(path, fields, csrfToken);
    }

    /** Sends a form with the given CSRF token in place of the one from the last page. */
    public HttpResponse<String> postWithCsrfToken(String path, Map<String, String> fields, String token) {
        return postWithCsrfToken(path, List.copyOf(fields.entrySet()), token);
    }

    /** Sends a GET with the {@code Accept} header, such as {@code application/json} or {@code *}{@code /*}. */
    public HttpResponse<String> get(String path, String accept) {
        return send(
                HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    private HttpResponse<String> postWithCsrfToken(String path, List<Map.Entry<String, String>> fields, String token) {
        var form = new ArrayList<>(fields);
        form.add(Map.entry("_csrf", token));
        var body = form.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Sends a JSON POST with the CSRF token of the last form in the header, as the passkey script
     * does.
     */
    public HttpResponse<String> postJsonWithCsrfToken(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Sends JSON with the session's cookies, to show that a web login does not open the API. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Returns the path and query of a redirect's {@code Location}, without the origin that Tomcat adds. */
    public static String location(HttpResponse<String> response) {
        var location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawQuery() == null
                ? location.getRawPath()
                : location.getRawPath() + "?" + location.getRawQuery();
    }

    /** Returns the value of the session cookie, or {@code null} when there is none. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (!acceptLanguage.isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Accept-Language", acceptLanguage)
                    .build();
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
