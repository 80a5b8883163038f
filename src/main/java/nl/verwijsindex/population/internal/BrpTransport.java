package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Sends one POST to the register or its token endpoint with the JDK's {@link HttpClient}. The
 * connect timeout is set on the client. The read timeout is the request's timeout, which the JDK
 * counts until the response headers arrive.
 */
final class BrpTransport {

    /** One response: status, body as text, and the {@code Retry-After} and content type headers when present. */
    record Response(int status, String body, Optional<String> retryAfter, String contentType) {}

    private final HttpClient client;
    private final Duration readTimeout;

    BrpTransport(Duration connectTimeout, Duration readTimeout, @Nullable SSLContext sslContext) {
        var builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
        this.readTimeout = readTimeout;
    }

    /**
     * Posts the body and returns the response, whatever its status.
     *
     * @throws java.net.http.HttpTimeoutException when the response headers did not arrive within the read timeout
     * @throws java.net.http.HttpConnectTimeoutException when the connection was not made within the connect timeout
     * @throws IOException when the connection failed otherwise
     */
    Response post(URI uri, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);

        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Retry-After"),
                response.headers().firstValue("Content-Type").orElse(""));
    }
}
