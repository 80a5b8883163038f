package nl.verwijsindex.population;

import java.time.Duration;

/**
 * The population register could not be reached, did not respond in time or reported that it is
 * overloaded. {@link #retryAfter()} is how long the caller should wait before trying again.
 */
public class PopulationRegisterUnavailableException extends RuntimeException {

    /** The wait suggested when neither the register nor the client knows a better one. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private final Duration retryAfter;

    public PopulationRegisterUnavailableException(String message, Throwable cause) {
        this(message, cause, DEFAULT_RETRY_AFTER);
    }

    public PopulationRegisterUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public PopulationRegisterUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** Returns how long to wait before asking again, never negative. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
