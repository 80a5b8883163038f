package nl.verwijsindex.system.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem as {@code application/problem+json} straight to the servlet response, for code
 * that runs outside Spring MVC's message conversion: security handlers, filters and the last-resort
 * exception resolver.
 */
@Component
class ProblemResponseWriter {

    private final JacksonJsonHttpMessageConverter converter;

    ProblemResponseWriter(JsonMapper jsonMapper) {
        // The builder constructor adds Spring's mix-in that writes the problem's properties, such as
        // errors, as top-level members.
        this.converter = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild());
    }

    void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        var output = new ServletServerHttpResponse(response);
        converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
        output.flush();
    }
}
