package nl.verwijsindex.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.verwijsindex.bench.load.FixtureOrganisations.Organisation;

/** Sends registrations to {@code POST /api/v1/signals} as the client system of each organisation. */
public final class SignalsApi {

    /** A request that gets no response within this time counts as a timeout. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The result of one request: the HTTP status, or 0 with the failure ({@code timeout},
     * {@code io-error}). {@code errorCodes} are the {@code code} values of the problem response's
     * {@code errors}, in their order, and empty for a success or a problem without them.
     */
    record Outcome(int status, String failure, List<String> errorCodes) {

        Outcome(int status, String failure) {
            this(status, failure, List.of());
        }

        String label() {
            return status > 0 ? String.valueOf(status) : failure;
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final URI signals;
    private final List<Organisation> organisations;
    private static final ObjectMapper JSON = new ObjectMapper();

    SignalsApi(String baseUrl, List<Organisation> organisations) {
        // HTTP/1.1, because the index serves no HTTP/2 over plain http and the upgrade attempt costs time.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.signals = URI.create(baseUrl + "/api/v1/signals");
        this.organisations = organisations;
    }

    Outcome register(PlannedRegistration registration) {
        var body = new LinkedHashMap<String, String>();
        body.put("bsn", registration.bsn());
        body.put("professionalId", registration.professionalId());
        body.put("ownReference", registration.ownReference());
        try {
            var request = HttpRequest.newBuilder(signals)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + organisations.get(registration.organisation()).apiToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            return new Outcome(status, null, status >= 400 ? errorCodes(response.body()) : List.of());
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "timeout");
        } catch (IOException e) {
            return new Outcome(0, "io-error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }

    /**
     * Reads the codes of a problem response body ({@code application/problem+json}), such as
     * {@code person-deceased}. A body that is not JSON, or has no {@code errors}, gives none.
     */
    static List<String> errorCodes(byte[] body) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return List.of();
        }
        var codes = new ArrayList<String>();
        for (var error : problem.path("errors")) {
            var code = error.path("code").asText("");
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
