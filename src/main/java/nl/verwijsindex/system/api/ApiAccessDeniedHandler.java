package nl.verwijsindex.system.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Rejects an authenticated API request that its credentials do not allow with a {@code 403}
 * problem. Plug it into the API's security filter chain with
 * {@code exceptionHandling(e -> e.accessDeniedHandler(...))}.
 */
@Component
public class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    ApiAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        writer.write(Problems.forStatus(HttpStatus.FORBIDDEN), response);
    }
}
