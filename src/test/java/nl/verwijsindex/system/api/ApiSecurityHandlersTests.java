package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import tools.jackson.databind.json.JsonMapper;

class ApiSecurityHandlersTests {

    private final JsonMapper jsonMapper = JsonMapper.builder().build();
    private final ProblemResponseWriter writer = new ProblemResponseWriter(jsonMapper);

    @Test
    void entryPointWritesUnauthorizedProblem() throws Exception {
        var response = new MockHttpServletResponse();

        new ApiAuthenticationEntryPoint(writer)
                .commence(request(), response, new InsufficientAuthenticationException("no token"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        var problem = jsonMapper.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Send the API client's token in the header 'Authorization: Bearer <token>'");
        assertThat(response.getContentAsString()).doesNotContain("no token");
    }

    @Test
    void entryPointNamesWrongToken() throws Exception {
        var request = request();
        request.addHeader("Authorization", "Bearer vwi_wrong");
        var response = new MockHttpServletResponse();

        new ApiAuthenticationEntryPoint(writer).commence(request, response, new BadCredentialsException("wrong"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(jsonMapper
                        .readTree(response.getContentAsString())
                        .get("detail")
                        .asString())
                .isEqualTo(
                        "The bearer token is not valid or was revoked; ask your organisation's administrator for a new one");
        assertThat(response.getContentAsString()).doesNotContain("vwi_wrong");
    }

    @Test
    void entryPointRejectsSuspendedOrganisation() throws Exception {
        var response = new MockHttpServletResponse();

        new ApiAuthenticationEntryPoint(writer)
                .commence(request(), response, new DisabledException("The organisation is suspended"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(jsonMapper
                        .readTree(response.getContentAsString())
                        .get("detail")
                        .asString())
                .isEqualTo("The organisation is suspended; ask the municipality to connect it again");
    }

    @Test
    void accessDeniedHandlerWritesForbiddenProblem() throws Exception {
        var response = new MockHttpServletResponse();

        new ApiAccessDeniedHandler(writer).handle(request(), response, new AccessDeniedException("role missing"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        var problem = jsonMapper.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asString()).isEqualTo("Your credentials do not give access to this resource.");
        assertThat(problem.get("instance").asString()).startsWith("urn:uuid:");
        assertThat(response.getContentAsString()).doesNotContain("role missing");
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/api/v1/signals/3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }
}
