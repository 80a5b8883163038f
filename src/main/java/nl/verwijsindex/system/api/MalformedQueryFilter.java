package nl.verwijsindex.system.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an API request whose query string cannot be decoded (for example a lone {@code %}) with a
 * {@code 400} problem. The servlet container raises such errors with the raw value in the message,
 * which could be a BSN, so the message is neither logged nor returned.
 */
final class MalformedQueryFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedQueryFilter.class);

    private final ProblemResponseWriter writer;

    MalformedQueryFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            log.debug(
                    "Rejected an API request with an undecodable query string ({})",
                    e.getClass().getSimpleName());
            writer.write(
                    Problems.badRequest(List.of(new ApiError(
                            "query",
                            java.util.Map.of(),
                            ApiError.FORMAT_INVALID,
                            "The query string cannot be decoded; percent-encode special characters as %XX"))),
                    response);
            return;
        }
        chain.doFilter(request, response);
    }
}
