package nl.verwijsindex.registration.internal;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Responds to an API request that needed the population register while it could not be reached with
 * {@code 503} and a {@code Retry-After} header in whole seconds, taken from the register's own
 * hint. The services throw before they store anything, so the problem states that nothing changed.
 */
@RestControllerAdvice(assignableTypes = SignalsController.class)
class RegisterUnavailableAdvice {

    static final String TITLE = "Population register unavailable";

    private static final Logger log = LoggerFactory.getLogger(RegisterUnavailableAdvice.class);

    @ExceptionHandler(PopulationRegisterUnavailableException.class)
    ResponseEntity<ProblemDetail> registerUnavailable(PopulationRegisterUnavailableException unavailable) {
        long seconds = retryAfterSeconds(unavailable.retryAfter());
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The population register cannot be reached, so nothing was stored or changed; try again in " + seconds
                        + " seconds");
        problem.setTitle(TITLE);
        problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        log.warn(
                "Population register unavailable, responded 503 with problem {}: {}",
                problem.getInstance(),
                unavailable.getMessage());

        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Rounds up to whole seconds, at least one, because {@code Retry-After} counts seconds. */
    static long retryAfterSeconds(Duration retryAfter) {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(seconds, 1);
    }
}
