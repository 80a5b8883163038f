package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a bearer token with the OAuth2 client credentials grant (RFC 6749, section 4.4), sending
 * the client id and secret as HTTP Basic credentials, and reuses it until {@link #REFRESH_MARGIN}
 * before it expires.
 */
final class OAuth2ClientCredentials implements BrpAuthentication {

    /** How long before its expiry a token is replaced, so that it does not expire on the way. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(OAuth2ClientCredentials.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BrpTransport transport;
    private final URI tokenUri;
    private final String basicCredentials;
    private final String scope;
    private final Clock clock;

    private @Nullable String token;
    private Instant replaceAt = Instant.MIN;

    OAuth2ClientCredentials(BrpTransport transport, BrpSettings settings, Clock clock) {
        this.transport = transport;
        this.tokenUri = settings.tokenUri();
        this.basicCredentials = Base64.getEncoder()
                .encodeToString((encode(settings.clientId()) + ":" + encode(settings.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        this.scope = settings.scope().strip();
        this.clock = clock;
    }

    @Override
    public synchronized Map<String, String> headers() throws BrpFailure {
        if (token == null || !clock.instant().isBefore(replaceAt)) {
            fetch();
        }
        return Map.of("Authorization", "Bearer " + token);
    }

    @Override
    public synchronized void rejected() {
        token = null;
    }

    private void fetch() throws BrpFailure {
        var form = "grant_type=client_credentials" + (scope.isEmpty() ? "" : "&scope=" + encode(scope));
        BrpTransport.Response response;
        try {
            response = transport.post(
                    tokenUri,
                    "application/x-www-form-urlencoded",
                    form,
                    Map.of("Authorization", "Basic " + basicCredentials));
        } catch (HttpTimeoutException e) {
            throw new BrpFailure("The OAuth2 token endpoint did not respond in time", true, Optional.empty(), e);
        } catch (IOException e) {
            throw new BrpFailure("The OAuth2 token endpoint cannot be reached", true, Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrpFailure("Interrupted while fetching an OAuth2 token", false, Optional.empty(), e);
        }

        if (response.status() >= 500) {
            throw new BrpFailure(
                    "The OAuth2 token endpoint failed with status " + response.status(),
                    response.status() != 500,
                    Optional.empty());
        }
        if (response.status() != 200) {
            throw new PopulationRegisterConfigurationException(
                    response.status(),
                    "The OAuth2 token endpoint rejected the client credentials with status " + response.status()
                            + "; check " + BrpSettings.PREFIX + "CLIENT_ID, " + BrpSettings.PREFIX
                            + "CLIENT_SECRET and "
                            + BrpSettings.PREFIX + "SCOPE");
        }
        accept(response.body());
    }

    private void accept(String body) {
        try {
            var json = JSON.readTree(body);
            var accessToken = json.path("access_token");
            if (!accessToken.isString() || accessToken.stringValue().isBlank()) {
                throw new PopulationRegisterConfigurationException(
                        200, "The OAuth2 token endpoint " + tokenUri + " returned no access_token");
            }
            long expiresIn = json.path("expires_in").asLong(0);
            var lifetime = Duration.ofSeconds(Math.max(expiresIn, 0));
            // A token that lives shorter than twice the margin is replaced halfway through its life.
            var margin =
                    lifetime.compareTo(REFRESH_MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
            token = accessToken.stringValue();
            replaceAt = clock.instant().plus(lifetime).minus(margin);
            log.debug("Fetched an OAuth2 token for the population register, valid for {} s", expiresIn);
        } catch (JacksonException e) {
            throw new PopulationRegisterConfigurationException(
                    200, "The OAuth2 token endpoint " + tokenUri + " returned a body that is not JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
