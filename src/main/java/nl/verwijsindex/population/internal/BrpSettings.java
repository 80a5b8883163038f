package nl.verwijsindex.population.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the client of the BRP Personen API, under {@code verwijsindex.population.brp} (the
 * environment variables {@code VERWIJSINDEX_POPULATION_BRP_*}). The client is used only when
 * {@code url} is set. The README lists every setting with its default.
 *
 * @param url the API's base URL, to which the client appends {@code /personen}
 * @param authentication how the client authenticates: an API key header or OAuth2 client credentials
 * @param maxAttempts how many times one look-up is sent at most, the first attempt included
 * @param initialBackoff the wait before the second attempt, doubled before each further attempt
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for; a longer one ends the
 *     look-up at once, with that wait as the caller's hint
 * @param failureThreshold how many look-ups in a row may fail before the circuit opens
 * @param openDuration how long an open circuit rejects look-ups before it lets one trial through
 * @param cacheTtl how long a look-up's result is reused; zero switches the cache off
 */
@ConfigurationProperties("verwijsindex.population.brp")
record BrpSettings(
        @DefaultValue("") String url,
        @DefaultValue("api-key") Authentication authentication,
        @DefaultValue("") String apiKey,
        @DefaultValue("X-API-KEY") String apiKeyHeader,
        @DefaultValue("") String tokenUrl,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("") String scope,
        @DefaultValue("") String keystore,
        @DefaultValue("") String keystorePassword,
        @DefaultValue("") String truststore,
        @DefaultValue("") String truststorePassword,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("2s") Duration maxBackoff,
        @DefaultValue("10s") Duration maxRetryAfter,
        @DefaultValue("5") int failureThreshold,
        @DefaultValue("30s") Duration openDuration,
        @DefaultValue("60s") Duration cacheTtl,
        @DefaultValue("10000") int cacheSize) {

    static final String PREFIX = "VERWIJSINDEX_POPULATION_BRP_";

    enum Authentication {
        /** A fixed key in the header named by {@code api-key-header}. */
        API_KEY,
        /** A bearer token fetched from {@code token-url} with the client credentials grant. */
        OAUTH2
    }

    boolean enabled() {
        return !url.isBlank();
    }

    boolean mutualTls() {
        return !keystore.isBlank();
    }

    /** Returns the URL of the {@code /personen} operation. */
    URI personenUri() {
        var base = url.strip();
        return parse(base.endsWith("/") ? base + "personen" : base + "/personen", "URL");
    }

    URI tokenUri() {
        return parse(tokenUrl.strip(), "TOKEN_URL");
    }

    /**
     * Checks that the settings the chosen authentication needs are set and that the numbers are in range.
     *
     * @throws IllegalStateException naming the first setting that is missing or invalid
     */
    void validate() {
        personenUri();
        switch (authentication) {
            case API_KEY -> require(apiKey, "API_KEY", "the API key that the register issued");
            case OAUTH2 -> {
                require(tokenUrl, "TOKEN_URL", "the token endpoint of the OAuth2 server");
                tokenUri();
                require(clientId, "CLIENT_ID", "the OAuth2 client id");
                require(clientSecret, "CLIENT_SECRET", "the OAuth2 client secret");
            }
        }
        positive(connectTimeout, "CONNECT_TIMEOUT");
        positive(readTimeout, "READ_TIMEOUT");
        if (maxAttempts < 1) {
            throw invalid("MAX_ATTEMPTS", maxAttempts + " is below 1; set 1 for no retries");
        }
        if (failureThreshold < 1) {
            throw invalid("FAILURE_THRESHOLD", failureThreshold + " is below 1");
        }
        positive(openDuration, "OPEN_DURATION");
        if (cacheTtl.isNegative()) {
            throw invalid("CACHE_TTL", cacheTtl + " is negative; set 0s to switch the cache off");
        }
        if (cacheSize < 1) {
            throw invalid("CACHE_SIZE", cacheSize + " is below 1");
        }
    }

    /** Returns the settings without the key, secret and passwords, so that a log line cannot leak them. */
    @Override
    public String toString() {
        return "BrpSettings[url=" + url + ", authentication=" + authentication + ", mutualTls=" + mutualTls() + "]";
    }

    private static void require(String value, String setting, String meaning) {
        if (value.isBlank()) {
            throw new IllegalStateException(PREFIX + setting + " is missing: set it to " + meaning
                    + ", or choose another authentication in " + PREFIX + "AUTHENTICATION");
        }
    }

    private static void positive(Duration value, String setting) {
        if (value.isZero() || value.isNegative()) {
            throw invalid(setting, value + " is not a positive duration; use a value such as 5s");
        }
    }

    private static URI parse(String value, String setting) {
        try {
            var uri = new URI(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw invalid(setting, "'" + value + "' is not an http or https URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(setting, "'" + value + "' is not a valid URL: " + e.getReason());
        }
    }

    private static IllegalStateException invalid(String setting, String reason) {
        return new IllegalStateException(PREFIX + setting + " is invalid: " + reason);
    }
}
