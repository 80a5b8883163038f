package nl.verwijsindex.resilience;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the BRP Personen API on 127.0.0.1 with generated families: two parents and two
 * children each, the children born in 2014 and 2017 and living in Amsterdam (0363). It serves
 * {@code POST /personen} with {@code RaadpleegMetBurgerservicenummer} in the shape of the 2.x
 * specification, for any API key, and can delay every response to make the index's read time out.
 * The BSNs pass the 11-test and start with 8, a range that the RvIG test persons do not use.
 */
final class FamilyRegister implements AutoCloseable {

    static final String MUNICIPALITY_CODE = "0363";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One family: the two children share both parents, so their signals make a family match. */
    record Family(String parent1, String parent2, String child1, String child2) {

        List<String> children() {
            return List.of(child1, child2);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Family> families;
    private final Map<String, ObjectNode> children = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private FamilyRegister(int familyCount) {
        this.families = generate(familyCount);
        for (var family : families) {
            children.put(family.child1(), child(family.child1(), "2014-05-10", family));
            children.put(family.child2(), child(family.child2(), "2017-09-20", family));
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the population register stub", e);
        }
        server.createContext("/personen", this::personen);
        server.setExecutor(executor);
        server.start();
    }

    static FamilyRegister start(int familyCount) {
        return new FamilyRegister(familyCount);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Family> families() {
        return families;
    }

    /** Sets the delay before every response, zero for none. */
    void delayResponses(Duration delay) {
        this.delay = delay;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void personen(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            var query = JSON.readTree(exchange.getRequestBody().readAllBytes());
            pause();

            var found = JSON.createArrayNode();
            for (var bsn : query.path("burgerservicenummer")) {
                var child = children.get(bsn.stringValue());
                if (child != null) {
                    found.add(child);
                }
            }
            var response = JSON.createObjectNode().put("type", "RaadpleegMetBurgerservicenummer");
            response.set("personen", found);
            var bytes = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The index stopped waiting, for example after its read timeout.
        }
    }

    private void pause() {
        var current = delay;
        if (current.isZero()) {
            return;
        }
        try {
            Thread.sleep(current.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ObjectNode child(String bsn, String birthDate, Family family) {
        var person = JSON.createObjectNode().put("burgerservicenummer", bsn);
        person.putObject("geboorte").putObject("datum").put("type", "Datum").put("datum", birthDate);
        person.putObject("gemeenteVanInschrijving")
                .put("code", MUNICIPALITY_CODE)
                .put("omschrijving", "Amsterdam");
        var parents = person.putArray("ouders");
        parents.addObject().put("burgerservicenummer", family.parent1()).put("ouderAanduiding", "1");
        parents.addObject().put("burgerservicenummer", family.parent2()).put("ouderAanduiding", "2");
        return person;
    }

    private static List<Family> generate(int count) {
        var bsns = new ArrayList<String>();
        for (long candidate = 800_000_000L; bsns.size() < count * 4; candidate++) {
            var digits = Long.toString(candidate);
            if (passesElevenTest(digits)) {
                bsns.add(digits);
            }
        }
        var generated = new ArrayList<Family>();
        for (int i = 0; i < count; i++) {
            generated.add(new Family(bsns.get(4 * i), bsns.get(4 * i + 1), bsns.get(4 * i + 2), bsns.get(4 * i + 3)));
        }
        return List.copyOf(generated);
    }

    /** Checks the 11-test of a BSN: 9a + 8b + ... + 2h - 1i is a multiple of 11. */
    private static boolean passesElevenTest(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
