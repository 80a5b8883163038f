package nl.verwijsindex.population.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stops asking a register that keeps failing. After {@code failureThreshold} failed look-ups in a
 * row the circuit opens and rejects look-ups for {@code openDuration}. Then it is half open: it lets
 * one trial look-up through, closes when the trial succeeds and opens again when it fails.
 */
final class CircuitBreaker {

    enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt = Instant.MIN;
    private boolean trialRunning;

    CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /**
     * Returns empty when a look-up may go ahead, or how long the caller should wait when the
     * circuit rejects it. A look-up that goes ahead must end with {@link #succeeded()} or {@link #failed()}.
     */
    synchronized Optional<Duration> acquire() {
        var now = clock.instant();
        if (state == State.OPEN) {
            var closesAt = openedAt.plus(openDuration);
            if (now.isBefore(closesAt)) {
                return Optional.of(Duration.between(now, closesAt));
            }
            state = State.HALF_OPEN;
        }
        if (state == State.HALF_OPEN) {
            if (trialRunning) {
                return Optional.of(openDuration);
            }
            trialRunning = true;
        }
        return Optional.empty();
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialRunning = false;
    }

    /** Records a failed look-up and returns true when this failure opened the circuit. */
    synchronized boolean failed() {
        trialRunning = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            boolean opened = state != State.OPEN;
            state = State.OPEN;
            openedAt = clock.instant();
            return opened;
        }
        return false;
    }

    synchronized State state() {
        return state;
    }
}
