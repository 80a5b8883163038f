package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ApiConventionsCustomizerTests {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String VERSION_HEADER_REF = "#/components/headers/API-Version";

    @Test
    void makesPathsRelativeToServer() {
        var openApi = document();

        new ApiConventionsCustomizer().customise(openApi);

        assertThat(openApi.getPaths().keySet()).containsExactly("/signals", "/signals/{id}", "/matches");
    }

    @Test
    void addsStandardResponses() {
        var openApi = document();

        new ApiConventionsCustomizer().customise(openApi);

        var register = openApi.getPaths().get("/signals").getPost().getResponses();
        assertThat(register.keySet()).containsExactly("201", "422", "400", "401", "500");
        var read = openApi.getPaths().get("/signals/{id}").getGet().getResponses();
        assertThat(read.keySet()).containsExactly("200", "404", "400", "401", "500");
        var matches = openApi.getPaths().get("/matches").getGet().getResponses();
        assertThat(matches.keySet()).containsExactly("200", "401", "500");
    }

    @Test
    void documentsVersionHeaderOnEveryResponse() {
        var openApi = document();

        new ApiConventionsCustomizer().customise(openApi);

        for (var path : openApi.getPaths().values()) {
            for (var operation : path.readOperations()) {
                operation
                        .getResponses()
                        .forEach((status, response) -> assertThat(
                                        response.getHeaders().get("API-Version").get$ref())
                                .as(status)
                                .isEqualTo(VERSION_HEADER_REF));
            }
        }
        assertThat(openApi.getComponents().getHeaders()).containsKey("API-Version");
    }

    @Test
    void replacesErrorContentWithProblem() {
        var openApi = document();

        new ApiConventionsCustomizer().customise(openApi);

        var register = openApi.getPaths().get("/signals").getPost().getResponses();
        for (var status : new String[] {"422", "400", "401", "500"}) {
            var content = register.get(status).getContent();
            assertThat(content.keySet()).as(status).containsExactly("application/problem+json");
            assertThat(content.get("application/problem+json").getSchema().get$ref())
                    .as(status)
                    .isEqualTo(PROBLEM_REF);
        }
        assertThat(register.get("422").getDescription()).isEqualTo("The request breaks a rule");
        assertThat(register.get("201").getContent().keySet()).containsExactly("application/json");
    }

    @Test
    void challengesBearerOnUnauthorized() {
        var openApi = document();

        new ApiConventionsCustomizer().customise(openApi);

        var unauthorized =
                openApi.getPaths().get("/matches").getGet().getResponses().get("401");
        assertThat(unauthorized.getHeaders()).containsKey("WWW-Authenticate");
    }

    /** Returns a document shaped like springdoc's output, before the customizer ran. */
    private static OpenAPI document() {
        var json = new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()));
        var register = new Operation()
                .requestBody(new RequestBody().content(json))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "201", new ApiResponse().description("Created").content(json))
                        .addApiResponse(
                                "422",
                                new ApiResponse()
                                        .description("The request breaks a rule")
                                        .content(json)));
        var read = new Operation()
                .addParametersItem(new Parameter().name("id").in("path").required(true))
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", new ApiResponse().description("OK").content(json))
                        .addApiResponse("404", new ApiResponse().description("Not found")));
        var matches = new Operation()
                .responses(new ApiResponses()
                        .addApiResponse(
                                "200", new ApiResponse().description("OK").content(json)));
        return new OpenAPI()
                .paths(new Paths()
                        .addPathItem("/api/v1/signals", new PathItem().post(register))
                        .addPathItem("/api/v1/signals/{id}", new PathItem().get(read))
                        .addPathItem("/api/v1/matches", new PathItem().get(matches)));
    }
}
