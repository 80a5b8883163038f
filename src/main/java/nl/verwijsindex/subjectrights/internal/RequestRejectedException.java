package nl.verwijsindex.subjectrights.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A step of a rights request that a rule rejected. The page shows the message with the key
 * {@code rights.error.<code>} and the arguments, and records the rejected step in the audit trail
 * unless the step recorded it already, with the child it concerned.
 */
class RequestRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;
    private boolean recorded;
    private boolean unavailable;
    private @Nullable Duration retryAfter;

    RequestRejectedException(String code, Object... arguments) {
        super("Rights request step rejected: " + code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** Marks the rejection as recorded in the audit trail by the step that threw it. */
    RequestRejectedException recorded() {
        recorded = true;
        return this;
    }

    /**
     * Marks the step as failed on the population register, so that the page returns {@code 503}
     * and, when {@code retryAfter} is set, a {@code Retry-After} header.
     */
    RequestRejectedException unavailable(@Nullable Duration retryAfter) {
        unavailable = true;
        this.retryAfter = retryAfter;
        return this;
    }

    boolean isUnavailable() {
        return unavailable;
    }

    /** Returns how long the officer should wait before trying again, or {@code null} when waiting does not help. */
    @Nullable
    Duration retryAfter() {
        return retryAfter;
    }

    boolean isRecorded() {
        return recorded;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
