package nl.verwijsindex.system.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpHeaders;

/**
 * Applies the API Design Rules to every operation that springdoc finds, so that controllers need
 * not repeat them: each response documents the {@code API-Version} header, every operation
 * documents a {@code 401} and a {@code 500}, every operation with input a {@code 400}, and every
 * error response has the {@code application/problem+json} schema {@code Problem}. Paths lose their
 * {@value RestApi#BASE_PATH} prefix, because the server URL is the address of version 1.
 */
class ApiConventionsCustomizer implements GlobalOpenApiCustomizer {

    private static final String PROBLEM_MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Set<PathItem.HttpMethod> METHODS_WITH_BODY =
            Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem())
                .addSchemas(ProblemSchemas.PROBLEM_ERROR, ProblemSchemas.problemError())
                .addHeaders(RestApi.VERSION_HEADER, versionHeader());
        if (openApi.getPaths() == null) {
            return;
        }

        openApi.setPaths(relativeToServer(openApi.getPaths()));
        for (var pathItem : openApi.getPaths().values()) {
            pathItem.readOperationsMap().forEach(this::customise);
        }
    }

    private void customise(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        var responses = operation.getResponses();
        if (hasInput(method, operation)) {
            responses.putIfAbsent("400", problemResponse("The request is malformed, or a value in it is not valid."));
        }
        responses.putIfAbsent(
                "401",
                problemResponse("The bearer token is missing or not valid.")
                        .addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, bearerChallengeHeader()));
        responses.putIfAbsent("500", problemResponse("The server failed to handle the request."));

        responses.forEach((status, response) -> {
            if (response.get$ref() != null) {
                return;
            }
            if (isError(status) && !hasProblemContent(response)) {
                response.setContent(problemContent());
            }
            response.addHeaderObject(
                    RestApi.VERSION_HEADER, new Header().$ref("#/components/headers/" + RestApi.VERSION_HEADER));
        });
    }

    private static Paths relativeToServer(Paths paths) {
        var relative = new Paths();
        paths.forEach((path, item) -> {
            var key = path.startsWith(RestApi.BASE_PATH + "/") ? path.substring(RestApi.BASE_PATH.length()) : path;
            relative.addPathItem(key, item);
        });
        relative.setExtensions(paths.getExtensions());
        return relative;
    }

    private static boolean hasInput(PathItem.HttpMethod method, Operation operation) {
        return METHODS_WITH_BODY.contains(method)
                || operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean hasProblemContent(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_MEDIA_TYPE);
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ProblemSchemas.PROBLEM)));
    }

    private static Header bearerChallengeHeader() {
        return new Header()
                .description("The authentication scheme to use: Bearer.")
                .schema(new StringSchema().example("Bearer"));
    }

    private static Header versionHeader() {
        return new Header()
                .description("The full semantic version of the API that handled the request.")
                .schema(new StringSchema().example(RestApi.VERSION));
    }
}
