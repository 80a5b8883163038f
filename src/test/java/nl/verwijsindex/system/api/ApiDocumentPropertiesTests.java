package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApiDocumentPropertiesTests {

    @Test
    void acceptsHttpsServerUrl() {
        var properties = properties("https://verwijsindex.example.nl/api/v1");

        assertThat(properties.serverUrl()).isEqualTo("https://verwijsindex.example.nl/api/v1");
    }

    @Test
    void acceptsPathRelativeToDocument() {
        assertThat(properties("/api/v1").serverUrl()).isEqualTo("/api/v1");
    }

    @Test
    void rejectsPlainHttpServerUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties("http://verwijsindex.example.nl/api/v1"))
                .withMessageContaining("verwijsindex.api.server-url is http://verwijsindex.example.nl/api/v1")
                .withMessageContaining("must be an https URL");
    }

    private static ApiDocumentProperties properties(String serverUrl) {
        return new ApiDocumentProperties(serverUrl, "Team", "team@example.org", "https://example.org");
    }
}
