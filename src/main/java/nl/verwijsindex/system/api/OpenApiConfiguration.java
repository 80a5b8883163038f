package nl.verwijsindex.system.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@value RestApi#DOCUMENT_PATH}: what describes the API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearerToken";

    private static final String DESCRIPTION = """
            The REST API of the Verwijsindex, the Dutch reference index for professionals who work with \
            children and young people up to 23 (Jeugdwet, chapter 7.1). Client systems of connected \
            organisations register, on behalf of their professionals, that a professional is involved \
            with a child, end such signals, and read the matches that connect professionals involved \
            with the same child or family.

            Every operation needs the bearer token of an API client in the `Authorization` header. \
            Errors are problem details (RFC 9457) of type `application/problem+json`; when a value in \
            the request is wrong, `errors` names it and gives a stable code. A BSN is never part of a \
            URL and never returned in an error.""";

    @Bean
    OpenAPI verwijsindexOpenApi(ApiDocumentProperties properties) {
        var info = new Info()
                .title("Verwijsindex API")
                .description(DESCRIPTION)
                .version(RestApi.VERSION)
                .contact(new Contact()
                        .name(properties.contactName())
                        .email(properties.contactEmail())
                        .url(properties.contactUrl()))
                .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/en/"));
        var bearer = new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("The token of an API client, issued to one organisation.");

        return new OpenAPI()
                .info(info)
                .servers(List.of(new Server().url(properties.serverUrl())))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, bearer))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    @Bean
    ApiConventionsCustomizer apiConventionsCustomizer() {
        return new ApiConventionsCustomizer();
    }
}
