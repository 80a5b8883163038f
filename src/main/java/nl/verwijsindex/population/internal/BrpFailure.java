package nl.verwijsindex.population.internal;

import java.time.Duration;
import java.util.Optional;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;

/**
 * A failed attempt to ask the register: either worth retrying (timeouts, refused connections,
 * {@code 429}, {@code 502}, {@code 503}, {@code 504}) or not ({@code 500}). A rejection that only an
 * operator can fix is a {@link PopulationRegisterConfigurationException} instead.
 */
final class BrpFailure extends Exception {

    private final boolean retryable;
    private final Optional<Duration> retryAfter;

    BrpFailure(String message, boolean retryable, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    BrpFailure(String message, boolean retryable, Optional<Duration> retryAfter) {
        super(message);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    /** Returns the wait that the register asked for in its {@code Retry-After} header. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
