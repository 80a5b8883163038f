package nl.verwijsindex.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Registers signals through {@code POST /api/v1/signals} from several concurrent clients, as client
 * systems of organisations do, and keeps every response. Registration {@code i} goes to the node
 * that {@code nodeOf} names for {@code i}.
 */
final class SignalLoad {

    /** One registration to send: the child and the professional registering, with their API client's token. */
    record Registration(int index, String bsn, FaultRegion.Professional professional) {}

    /**
     * The response to one registration: its status, or -1 when no response came (the node was
     * gone), and the signal's id from a {@code 200} or {@code 201} body.
     */
    record Outcome(
            Registration registration,
            int status,
            @Nullable String signalId,
            @Nullable String contentType,
            @Nullable String retryAfter,
            String body) {

        /** Returns the registration's number, status and body, which are what a failing assertion needs. */
        @Override
        public String toString() {
            return "registration " + registration.index() + ": " + status + " " + body;
        }
    }

    private static final Pattern SIGNAL_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();

    private SignalLoad(int clientCount) {
        clients = Executors.newFixedThreadPool(clientCount);
    }

    /**
     * Returns four registrations per family, each by another professional: two on the first child
     * and two on the second. Each family then makes two child matches and one family match, with
     * twelve introductions: one each way in each child match and eight in the family match. The four
     * of a family are consecutive, so that concurrent clients register the same children at once.
     */
    static List<Registration> fourPerFamily(List<FamilyRegister.Family> families, FaultRegion region) {
        var professionals = region.professionals();
        var count = professionals.size();
        var registrations = new ArrayList<Registration>();
        for (int f = 0; f < families.size(); f++) {
            var family = families.get(f);
            int index = registrations.size();
            registrations.add(new Registration(index, family.child1(), professionals.get(f % count)));
            registrations.add(new Registration(index + 1, family.child1(), professionals.get((f + 3) % count)));
            registrations.add(new Registration(index + 2, family.child2(), professionals.get((f + 6) % count)));
            registrations.add(new Registration(index + 3, family.child2(), professionals.get((f + 9) % count)));
        }
        return registrations;
    }

    /** Starts sending the registrations in order from {@code clientCount} clients, and returns at once. */
    static SignalLoad start(List<Registration> registrations, int clientCount, IntFunction<String> nodeOf) {
        return start(registrations, clientCount, nodeOf, Duration.ZERO);
    }

    /**
     * Starts sending like {@link #start(List, int, IntFunction)}, but each client waits {@code pause}
     * after each registration, so that the load lasts about {@code pause} times the registrations
     * per client.
     */
    static SignalLoad start(
            List<Registration> registrations, int clientCount, IntFunction<String> nodeOf, Duration pause) {
        var load = new SignalLoad(clientCount);
        var queue = new ConcurrentLinkedQueue<>(registrations);
        for (int i = 0; i < clientCount; i++) {
            load.running.add(load.clients.submit(() -> {
                Registration next;
                while ((next = queue.poll()) != null) {
                    load.outcomes.add(register(nodeOf.apply(next.index()), next));
                    load.sent.incrementAndGet();
                    IndexNode.sleep(pause);
                }
            }));
        }
        return load;
    }

    /** Sends the registrations one after another and returns their outcomes. */
    static List<Outcome> registerAll(List<Registration> registrations, String baseUrl) {
        var load = start(registrations, 8, index -> baseUrl);
        return load.await();
    }

    int sent() {
        return sent.get();
    }

    /** Waits until every registration has its outcome, and returns them in the order they came. */
    List<Outcome> await() {
        try {
            for (var future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A load client failed", e);
        } finally {
            clients.shutdown();
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    static Outcome register(String baseUrl, Registration registration) {
        var body = "{\"bsn\":\"" + registration.bsn() + "\",\"professionalId\":\""
                + registration.professional().id() + "\"}";
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/signals"))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Bearer " + registration.professional().organisation().apiToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            var matcher = SIGNAL_ID.matcher(response.body());
            var acknowledged = response.statusCode() == 200 || response.statusCode() == 201;
            return new Outcome(
                    registration,
                    response.statusCode(),
                    acknowledged && matcher.find() ? matcher.group(1) : null,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Outcome(registration, -1, null, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(registration, -1, null, null, null, e.toString());
        }
    }
}
