package nl.verwijsindex.notification.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed message is tried again: 5 seconds after the first failure, doubling with every
 * further failure up to 5 minutes. With these values the 10th failure, which alerts an operator,
 * comes about 20 minutes after the first attempt.
 */
final class RetrySchedule {

    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    /** Failed attempts after which an operator is alerted; sending goes on after that. */
    static final int ALERT_AFTER_ATTEMPTS = 10;

    private RetrySchedule() {}

    /** Returns when to try again after the given number of failed attempts (1 or more). */
    static Instant nextAttemptAt(Instant failedAt, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more, was " + attempts);
        }
        return failedAt.plus(delay(attempts));
    }

    static Duration delay(int attempts) {
        // 5 s * 2^6 = 320 s already exceeds the maximum, so a larger exponent changes nothing, and
        // capping it keeps the shift from overflowing.
        int doublings = Math.min(attempts - 1, 6);
        var delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
