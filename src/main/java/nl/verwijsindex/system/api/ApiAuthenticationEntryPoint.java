package nl.verwijsindex.system.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Rejects an API request without valid credentials with a {@code 401} problem and a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750), and a request of a suspended organisation
 * ({@link DisabledException}) with a {@code 403} problem. Plug it into the API's security filter
 * chain with {@code exceptionHandling(e -> e.authenticationEntryPoint(...))}.
 */
@Component
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;

    ApiAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authenticationException)
            throws IOException {
        if (authenticationException instanceof DisabledException) {
            writer.write(
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            authenticationException.getMessage() + "; ask the municipality to connect it again"),
                    response);
            return;
        }

        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        var detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Send the API client's token in the header 'Authorization: Bearer <token>'"
                : "The bearer token is not valid or was revoked; ask your organisation's administrator for a new one";
        writer.write(Problems.of(HttpStatus.UNAUTHORIZED, detail), response);
    }
}
