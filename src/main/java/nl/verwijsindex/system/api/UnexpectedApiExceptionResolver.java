package nl.verwijsindex.system.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns an exception that no other resolver handled in an API request into a {@code 500} problem,
 * and logs the exception with the problem's instance. A failure to reach the database becomes a
 * {@code 503} problem with {@code Retry-After} instead, logged as one warning line. It runs after
 * Spring MVC's resolvers, which include every {@code @ExceptionHandler}, so a module's own handler
 * is tried first. An {@code @ExceptionHandler(Exception.class)} advice could not promise that,
 * because Spring uses the first advice that has any matching method.
 */
@Component
class UnexpectedApiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedApiExceptionResolver.class);

    private final ProblemResponseWriter writer;

    UnexpectedApiExceptionResolver(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        if (!RestApi.isApiRequest(request)) {
            return null;
        }

        if (response.isCommitted()) {
            logUnexpected(request, Problems.unexpected(), exception);
            return new ModelAndView();
        }

        response.resetBuffer();
        ProblemDetail problem;
        if (DatabaseUnavailable.causedBy(exception)) {
            problem = DatabaseUnavailable.problem(response);
            log.warn(
                    "API request {} {} failed because the database is unreachable, responded 503 with problem {}: {}",
                    request.getMethod(),
                    request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
                    problem.getInstance(),
                    DatabaseUnavailable.rootMessage(exception));
        } else {
            problem = Problems.unexpected();
            logUnexpected(request, problem, exception);
        }

        try {
            writer.write(problem, response);
        } catch (IOException writeFailure) {
            log.warn("Failed to write problem {} to the client", problem.getInstance(), writeFailure);
        }
        return new ModelAndView();
    }

    private static void logUnexpected(HttpServletRequest request, ProblemDetail problem, Exception exception) {
        // The path pattern, not the path, so that no submitted value reaches the log.
        log.error(
                "API request {} {} failed, problem {}",
                request.getMethod(),
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
                problem.getInstance(),
                exception);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
