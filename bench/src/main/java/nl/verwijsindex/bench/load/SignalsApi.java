package nl.verwijsindex.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import nl.verwijsindex.bench.load.FixtureOrganisations.Organisation;

/** Sends registrations to {@code POST /api/v1/signals} as the client system of each organisation. */
public final class SignalsApi {

    /** A request that gets no response within this time counts as a timeout. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The result of one request: the HTTP status, or 0 with the failure ({@code timeout}, {@code io-error}). */
    record Outcome(int status, String failure) {

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
    private final ObjectMapper json = new ObjectMapper();

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
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null);
        } catch (HttpTimeoutException e) {
            return new Outcome(0, "timeout");
        } catch (IOException e) {
            return new Outcome(0, "io-error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }
}
