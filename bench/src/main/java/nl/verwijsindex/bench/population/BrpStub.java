package nl.verwijsindex.bench.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;

/**
 * The stand-in for the BRP Personen API 2.x during benchmarks: {@code POST /personen} with
 * {@code RaadpleegMetBurgerservicenummer} for 1 to 20 BSNs, returned from a {@link NationalPopulation}
 * on 127.0.0.1. It requires an {@code X-API-KEY} or {@code Authorization} header with any value.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" nl.verwijsindex.bench.population.BrpStub \
 *   --port 18090 --persons 5000000 --seed 1 [--delay-ms 0] [--threads 8] [--reference-date 2026-12-05]
 * </pre>
 */
public final class BrpStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NationalPopulation population;
    private final BrpJson records;
    private final long delayMillis;
    private final Clock clock;

    BrpStub(NationalPopulation population, long delayMillis, Clock clock) {
        this.population = population;
        this.records = new BrpJson(population);
        this.delayMillis = delayMillis;
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException {
        var options =
                Options.parse(args, "--port", "--persons", "--seed", "--delay-ms", "--threads", "--reference-date");
        int port = options.integer("--port", 18090);
        int persons = options.integer("--persons", 5_000_000);
        long seed = options.integer("--seed", 1);
        long delay = options.integer("--delay-ms", 0);
        int threads = options.integer("--threads", 8);

        long started = System.nanoTime();
        var population = NationalPopulation.of(seed, persons, options.referenceDate());
        System.out.printf(
                "Population of %d persons (seed %d) computed in %d ms: %d eligible children%n",
                persons, seed, (System.nanoTime() - started) / 1_000_000, population.children());

        var server = new BrpStub(population, delay, Clock.systemDefaultZone()).start(port, threads);
        System.out.println(
                "BRP stub listening on http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts the server on 127.0.0.1. Port 0 takes a free port. */
    HttpServer start(int port, int threads) throws IOException {
        // Without TCP_NODELAY, small responses wait for the client's delayed ACK, about 40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.createContext("/personen", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        return server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } catch (RuntimeException e) {
            System.err.println("BRP stub failed on a request to " + exchange.getRequestURI() + ": " + e);
            // Fails in turn when the response headers were sent already, and the client then sees a broken response.
            send(exchange, 500, problem(500, "Interne fout in de BRP-stub.", "serverError"));
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, problem(405, "Alleen POST is toegestaan.", "methodNotAllowed"));
            return;
        }
        if (!headers.containsKey("X-API-KEY") && !headers.containsKey("Authorization")) {
            send(exchange, 401, problem(401, "Niet correct geauthenticeerd.", "authentication"));
            return;
        }
        var answer = answer(exchange.getRequestBody());
        pause();
        send(exchange, answer.status(), answer.body());
    }

    /** A response: its status and body. */
    record Answer(int status, ObjectNode body) {}

    /** Returns the response to a request body: the persons found, or a problem. */
    Answer answer(InputStream body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            return new Answer(400, problem(400, "De request body is geen geldige JSON.", "paramsValidation"));
        }
        BrpRequest request;
        try {
            request = BrpRequest.parse(tree);
        } catch (BrpRequest.Invalid invalid) {
            var problem = problem(400, "Een of meerdere parameters zijn niet correct.", "paramsValidation");
            problem.putArray("invalidParams")
                    .addObject()
                    .put("code", invalid.code)
                    .put("name", invalid.name)
                    .put("reason", invalid.getMessage());
            return new Answer(400, problem);
        }

        var response = JSON.createObjectNode().put("type", BrpRequest.TYPE);
        var persons = response.putArray("personen");
        var today = LocalDate.now(clock);
        for (var bsn : request.bsns()) {
            var person = population.person(bsn);
            if (person != null) {
                persons.add(records.person(person, request.fields(), today));
            }
        }
        return new Answer(200, response);
    }

    private void pause() {
        if (delayMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode problem(int status, String title, String code) {
        return JSON.createObjectNode()
                .put("type", "https://datatracker.ietf.org/doc/html/rfc7231")
                .put("title", title)
                .put("status", status)
                .put("instance", "/personen")
                .put("code", code);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        var bytes = JSON.writeValueAsBytes(body);
        var type = status == 200 ? "application/json" : "application/problem+json";
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
