package nl.verwijsindex.system.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes a problem response when the servlet container dispatches an API request to its error
 * page. That happens when code calls {@code sendError}, such as Spring Security's firewall or a
 * default entry point, and when a filter throws. Without this filter such a request would get
 * Spring Boot's error JSON, which is no problem response. A filter that failed because the
 * database could not be reached, such as the API token check, gets the {@code 503} of
 * {@link DatabaseUnavailable}.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorDispatchFilter.class);

    private final ProblemResponseWriter writer;

    ApiErrorDispatchFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR || !RestApi.isApiRequest(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        var exception =
                request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
        if (exception != null && DatabaseUnavailable.causedBy(exception)) {
            var problem = DatabaseUnavailable.problem(response);
            log.warn(
                    "API request failed outside Spring MVC because the database is unreachable, responded 503 with"
                            + " problem {}: {}",
                    problem.getInstance(),
                    DatabaseUnavailable.rootMessage(exception));
            writer.write(problem, response);
            return;
        }

        var problem = Problems.forStatus(HttpStatusCode.valueOf(status));
        if (exception != null) {
            logFailure(problem.getInstance(), exception);
        }

        writer.write(problem, response);
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    /**
     * Logs a server-side failure with its stack trace. A failure to read the request, because the
     * client closed the connection or stopped sending, is one line without the exception's message,
     * since the message may quote what the client sent.
     */
    private static void logFailure(java.net.URI instance, Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                log.info(
                        "API request {} failed reading from the client: {}",
                        instance,
                        cause.getClass().getSimpleName());
                return;
            }
        }
        log.error("API request failed outside Spring MVC, problem {}", instance, exception);
    }
}
