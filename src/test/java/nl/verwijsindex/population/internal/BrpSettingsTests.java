package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class BrpSettingsTests {

    /** Binds the settings from properties under {@code verwijsindex.population.brp}, with the defaults for the rest. */
    static BrpSettings bind(Map<String, String> properties) {
        var prefixed = new HashMap<String, String>();
        properties.forEach((name, value) -> prefixed.put("verwijsindex.population.brp." + name, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("verwijsindex.population.brp", BrpSettings.class);
    }

    static BrpSettings disabled() {
        return bind(Map.of());
    }

    @Test
    void bindsDefaults() {
        var settings = bind(Map.of("url", "https://brp.example/api", "api-key", "key"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.authentication()).isEqualTo(BrpSettings.Authentication.API_KEY);
        assertThat(settings.apiKeyHeader()).isEqualTo("X-API-KEY");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.failureThreshold()).isEqualTo(5);
        assertThat(settings.openDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.cacheTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.cacheSize()).isEqualTo(10000);
        assertThat(settings.personenUri()).hasToString("https://brp.example/api/personen");
    }

    @Test
    void bindsEnvironmentVariables() {
        Map<String, Object> environment = Map.of(
                "VERWIJSINDEX_POPULATION_BRP_URL", "https://brp.example/api",
                "VERWIJSINDEX_POPULATION_BRP_API_KEY", "key",
                "VERWIJSINDEX_POPULATION_BRP_API_KEY_HEADER", "X-Key",
                "VERWIJSINDEX_POPULATION_BRP_READ_TIMEOUT", "3s",
                "VERWIJSINDEX_POPULATION_BRP_KEYSTORE_PASSWORD", "secret");
        var source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);

        var settings = new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("verwijsindex.population.brp", BrpSettings.class);

        assertThat(settings.url()).isEqualTo("https://brp.example/api");
        assertThat(settings.apiKey()).isEqualTo("key");
        assertThat(settings.apiKeyHeader()).isEqualTo("X-Key");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.keystorePassword()).isEqualTo("secret");
    }

    @Test
    void disabledWithoutUrl() {
        assertThat(disabled().enabled()).isFalse();
    }

    @Test
    void bindsOauth2Spelling() {
        var settings = bind(Map.of("url", "https://brp.example/api/", "authentication", "oauth2"));

        assertThat(settings.authentication()).isEqualTo(BrpSettings.Authentication.OAUTH2);
        assertThat(settings.personenUri()).hasToString("https://brp.example/api/personen");
    }

    @Test
    void rejectsMissingApiKey() {
        var settings = bind(Map.of("url", "https://brp.example/api"));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VERWIJSINDEX_POPULATION_BRP_API_KEY is missing");
    }

    @Test
    void rejectsMissingClientSecret() {
        var settings = bind(Map.of(
                "url", "https://brp.example/api",
                "authentication", "oauth2",
                "token-url", "https://login.example/token",
                "client-id", "index"));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VERWIJSINDEX_POPULATION_BRP_CLIENT_SECRET is missing");
    }

    @Test
    void rejectsUrlWithoutScheme() {
        var settings = bind(Map.of("url", "brp.example/api", "api-key", "key"));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("VERWIJSINDEX_POPULATION_BRP_URL is invalid: 'brp.example/api/personen' is not an http or"
                        + " https URL with a host");
    }

    @Test
    void rejectsZeroAttempts() {
        var settings = bind(Map.of("url", "https://brp.example/api", "api-key", "key", "max-attempts", "0"));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("VERWIJSINDEX_POPULATION_BRP_MAX_ATTEMPTS is invalid: 0 is below 1; set 1 for no retries");
    }

    @Test
    void hidesSecretsInToString() {
        var settings = bind(Map.of("url", "https://brp.example/api", "api-key", "very-secret", "client-secret", "s3"));

        assertThat(settings.toString()).doesNotContain("very-secret").doesNotContain("s3");
    }
}
