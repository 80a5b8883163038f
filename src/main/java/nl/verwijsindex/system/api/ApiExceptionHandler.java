package nl.verwijsindex.system.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns {@link ApiProblemException} and Spring MVC's own exceptions into problem responses.
 *
 * <p>It replaces Spring Boot's {@code ProblemDetailsExceptionHandler}, so it receives these exceptions
 * for every path, also when no controller was found. Outside {@code /api/} it sends the status to
 * the servlet container, which shows the web application's error page. Under {@code /api/} it
 * writes its own details and {@code errors} entries, which
 * never quote submitted values. Exceptions that nothing else handles are left to
 * {@link UnexpectedApiExceptionResolver}, so that modules can still add handlers for their own
 * exceptions.
 */
@RestControllerAdvice
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final FrameworkProblems frameworkProblems;

    ApiExceptionHandler(FrameworkProblems frameworkProblems) {
        this.frameworkProblems = frameworkProblems;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblemException exception) {
        log.debug("API request rejected with status {}: {}", exception.status().value(), exception.title());

        return ResponseEntity.status(exception.status()).body(Problems.of(exception));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object defaultBody,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (!(request instanceof ServletWebRequest servletRequest)) {
            return super.handleExceptionInternal(exception, defaultBody, headers, status, request);
        }
        if (!RestApi.isApiRequest(servletRequest.getRequest())) {
            return sendToErrorPage(servletRequest, headers, status);
        }

        var problem = frameworkProblems.of(exception, status);
        if (status.is5xxServerError()) {
            log.error("API request failed, problem {}", problem.getInstance(), exception);
        } else {
            log.debug(
                    "API request rejected with status {}: {}",
                    status.value(),
                    exception.getClass().getSimpleName());
        }
        return super.handleExceptionInternal(
                exception, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /**
     * Lets the servlet container show the web application's error page for the status, as Spring
     * MVC does without problem details. Returning no body leaves the response as it is.
     */
    private static @Nullable ResponseEntity<Object> sendToErrorPage(
            ServletWebRequest request, HttpHeaders headers, HttpStatusCode status) {
        var response = request.getResponse();
        if (response == null || response.isCommitted()) {
            return null;
        }

        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            response.sendError(status.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
