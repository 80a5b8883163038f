package nl.verwijsindex.notification.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed message is tried again: 5 seconds after the first failure, doubling with every
 * further failure up to a maximum delay, 5 minutes by default ({@code
 * VERWIJSINDEX_MAIL_MAX_RETRY_DELAY}). With the default the 10th failure, which alerts an operator,
 * comes about 20 minutes after the first attempt.
 */
final class RetrySchedule {

    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    /** Failed attempts after which an operator is alerted; sending goes on after that. */
    static final int ALERT_AFTER_ATTEMPTS = 10;

    private RetrySchedule() {}

    /** Returns when to try again after the given number of failed attempts (1 or more), at most 5 minutes later. */
    static Instant nextAttemptAt(Instant failedAt, int attempts) {
        return nextAttemptAt(failedAt, attempts, MAX_DELAY);
    }

    /**
     * Returns when to try again after the given number of failed attempts (1 or more), at most
     * {@code maxDelay} later.
     */
    static Instant nextAttemptAt(Instant failedAt, int attempts, Duration maxDelay) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more, was " + attempts);
        }
        return failedAt.plus(delay(attempts, maxDelay));
    }

    static Duration delay(int attempts) {
        return delay(attempts, MAX_DELAY);
    }

    static Duration delay(int attempts, Duration maxDelay) {
        // 5 s * 2^30 is about 170 years, beyond any sensible maximum, and capping the exponent keeps
        // the shift from overflowing.
        int doublings = Math.min(attempts - 1, 30);
        var delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
