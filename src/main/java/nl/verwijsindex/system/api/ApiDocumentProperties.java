package nl.verwijsindex.system.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OpenAPI document that differ per deployment.
 *
 * @param serverUrl the address of version 1 of the API as clients reach it, such as
 *     {@code https://verwijsindex.example.nl/api/v1}. The default {@code /api/v1} is relative, so
 *     clients resolve it against the URL they fetched the document from, scheme and host included.
 * @param contactName the team that answers questions about the API
 * @param contactEmail the email address of that team
 * @param contactUrl a web page about the API or that team
 */
@ConfigurationProperties("verwijsindex.api")
record ApiDocumentProperties(
        @DefaultValue(RestApi.BASE_PATH) String serverUrl,
        // NOTE: the contact defaults are placeholders in a reserved example domain. Each operator
        // sets its own contact, because the linter of the API Design Rules requires one.
        @DefaultValue("Verwijsindex") String contactName,
        @DefaultValue("verwijsindex@example.org") String contactEmail,
        @DefaultValue("https://example.org/verwijsindex") String contactUrl) {

    ApiDocumentProperties {
        if (!serverUrl.startsWith("https://") && !serverUrl.startsWith("/")) {
            throw new IllegalArgumentException("verwijsindex.api.server-url is " + serverUrl
                    + ", but must be an https URL or a path such as /api/v1, because clients may reach the API"
                    + " only over TLS");
        }
    }
}
