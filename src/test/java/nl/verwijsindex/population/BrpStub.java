package nl.verwijsindex.population;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import nl.verwijsindex.testing.SharedFiles;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the BRP Personen API on 127.0.0.1. It responds to {@code POST /personen} in the
 * shape of the 2.7.0 specification, with the RvIG test persons read from the shared folder and
 * turned from their GBA form into the API's form, and {@code POST /token} like an OAuth2 server.
 * Tests queue scripted responses, which are served first, and read the requests it received.
 */
public final class BrpStub implements AutoCloseable {

    public static final String API_KEY = "test-api-key";
    public static final String ACCESS_TOKEN_PREFIX = "token-";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every path that the specification allows in {@code fields}, from its list of fields of a person. */
    private static final Set<String> ALLOWED_FIELDS = allowedFields();

    private static final List<String> AUTOMATIC_FIELDS =
            List.of("geheimhoudingPersoonsgegevens", "opschortingBijhouding", "inOnderzoek", "rni", "verificatie");

    /** A scripted response: status, JSON body, headers, and a delay before the response is sent. */
    public record Scripted(int status, String body, Map<String, String> headers, Duration delay) {

        public static Scripted problem(int status, String title, String code) {
            var body = "{\"type\":\"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html\",\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"instance\":\"/haalcentraal/api/brp/personen\",\"code\":\"" + code
                    + "\"}";
            return new Scripted(status, body, Map.of("Content-Type", "application/problem+json"), Duration.ZERO);
        }

        public Scripted withHeader(String name, String value) {
            var all = new HashMap<>(headers);
            all.put(name, value);
            return new Scripted(status, body, all, delay);
        }

        public static Scripted slow(Duration delay) {
            return new Scripted(200, "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}", Map.of(), delay);
        }
    }

    /** One request the stub received. */
    public record Received(String path, Map<String, String> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private volatile HttpServer server;
    private final Map<String, ObjectNode> persons = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 300;
    private volatile boolean requireApiKey = true;

    private BrpStub(HttpServer server) {
        this.server = server;
        loadPersons();
        serve(server);
    }

    private void serve(HttpServer server) {
        server.createContext("/personen", this::personen);
        server.createContext("/token", this::token);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Stops listening, so that connections to the port are refused until {@link #up()}. */
    public void down() {
        server.stop(0);
    }

    /** Listens again on the same port, over plain HTTP. */
    public void up() {
        try {
            var port = server.getAddress().getPort();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            serve(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stub over plain HTTP on a free port of 127.0.0.1. */
    public static BrpStub start() {
        try {
            return new BrpStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stub over HTTPS, requiring a client certificate that the given context trusts. */
    public static BrpStub startHttps(SSLContext serverContext) {
        try {
            var https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(serverContext) {
                @Override
                public void configure(HttpsParameters parameters) {
                    var ssl = getSSLContext().getDefaultSSLParameters();
                    ssl.setNeedClientAuth(true);
                    parameters.setSSLParameters(ssl);
                }
            });
            return new BrpStub(https);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        var scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void enqueue(Scripted response) {
        scripted.add(response);
    }

    /** Returns the person as the stub serves it, for a test to change (the change stays until {@link #reset()}). */
    public ObjectNode person(String bsn) {
        var person = persons.get(bsn);
        if (person == null) {
            throw new IllegalArgumentException("The RvIG test persons have no person " + bsn);
        }
        return person;
    }

    /** Removes the person, so that the stub no longer finds it (until {@link #reset()}). */
    public void remove(String bsn) {
        persons.remove(bsn);
    }

    public void requireApiKey(boolean required) {
        this.requireApiKey = required;
    }

    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetimeSeconds = lifetime.toSeconds();
    }

    public List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public int personenRequests() {
        return received("/personen").size();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Forgets requests, scripted responses and changes to persons. */
    public void reset() {
        scripted.clear();
        received.clear();
        tokensIssued.set(0);
        tokenLifetimeSeconds = 300;
        requireApiKey = true;
        persons.clear();
        loadPersons();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void personen(HttpExchange exchange) throws IOException {
        var request = record(exchange);
        var next = scripted.poll();
        if (next != null) {
            pause(next.delay());
            send(exchange, next.status(), next.body(), next.headers());
            return;
        }
        if (requireApiKey && !authenticated(request)) {
            var problem = Scripted.problem(401, "Niet correct geauthenticeerd.", "authentication");
            send(exchange, 401, problem.body(), problem.headers());
            return;
        }

        var query = request.json();
        for (var field : query.path("fields")) {
            if (AUTOMATIC_FIELDS.contains(field.stringValue()) || !ALLOWED_FIELDS.contains(field.stringValue())) {
                var problem =
                        Scripted.problem(400, "Een of meerdere parameters zijn niet correct.", "paramsValidation");
                send(exchange, 400, problem.body(), problem.headers());
                return;
            }
        }
        var found = JSON.createArrayNode();
        for (var bsn : query.path("burgerservicenummer")) {
            if (!bsn.stringValue().matches("[0-9]{9}")) {
                var problem =
                        Scripted.problem(400, "Een of meerdere parameters zijn niet correct.", "paramsValidation");
                send(exchange, 400, problem.body(), problem.headers());
                return;
            }
            var person = persons.get(bsn.stringValue());
            if (person != null) {
                found.add(person);
            }
        }
        var response = JSON.createObjectNode().put("type", "RaadpleegMetBurgerservicenummer");
        response.set("personen", found);
        send(
                exchange,
                200,
                JSON.writeValueAsString(response),
                Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    private boolean authenticated(Received request) {
        var key = request.headers().get("x-api-key");
        var authorization = request.headers().getOrDefault("authorization", "");
        return API_KEY.equals(key) || authorization.startsWith("Bearer " + ACCESS_TOKEN_PREFIX);
    }

    private void token(HttpExchange exchange) throws IOException {
        var request = record(exchange);
        if (!request.body().contains("grant_type=client_credentials")
                || !request.headers().getOrDefault("authorization", "").startsWith("Basic ")) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}", Map.of("Content-Type", "application/json"));
            return;
        }
        var token = ACCESS_TOKEN_PREFIX + tokensIssued.incrementAndGet();
        var body = "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + tokenLifetimeSeconds + "}";
        send(exchange, 200, body, Map.of("Content-Type", "application/json"));
    }

    private Received record(HttpExchange exchange) throws IOException {
        var headers = new HashMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(headers), body);
        received.add(request);
        return request;
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            // The client gave up, for example after its read timeout.
        } finally {
            exchange.close();
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> allowedFields() {
        var file = SharedFiles.RVIG_PERSONS.getParent().resolve("spec/fields-Persoon.csv");
        try {
            return Files.readAllLines(file).stream().skip(1).map(String::strip).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadPersons() {
        try {
            var all = JSON.readTree(Files.readString(SharedFiles.RVIG_PERSONS));
            for (var person : all) {
                var bsn = person.path("burgerservicenummer");
                if (bsn.isString() && !persons.containsKey(bsn.stringValue())) {
                    persons.put(bsn.stringValue(), RvigToApi.person(person));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a date of the API's form for a GBA date {@code yyyymmdd} with zeros for unknown parts. */
    public static ObjectNode date(@Nullable String yyyymmdd) {
        return RvigToApi.date(yyyymmdd);
    }

    /** Returns every BSN the stub serves. */
    public List<String> bsns() {
        return new ArrayList<>(persons.keySet());
    }
}
