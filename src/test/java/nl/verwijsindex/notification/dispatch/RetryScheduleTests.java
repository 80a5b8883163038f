package nl.verwijsindex.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTests {

    @ParameterizedTest
    @CsvSource({
        "1, PT5S",
        "2, PT10S",
        "3, PT20S",
        "4, PT40S",
        "5, PT1M20S",
        "6, PT2M40S",
        "7, PT5M",
        "10, PT5M",
        "1000, PT5M"
    })
    void delayDoublesUpToFiveMinutes(int attempts, Duration expected) {
        assertThat(RetrySchedule.delay(attempts)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, PT5S", "2, PT10S", "3, PT20S", "4, PT20S", "100, PT20S"})
    void delayStopsAtGivenMaximum(int attempts, Duration expected) {
        assertThat(RetrySchedule.delay(attempts, Duration.ofSeconds(20))).isEqualTo(expected);
    }

    @Test
    void nextAttemptFollowsFailure() {
        var failedAt = Instant.parse("2026-12-04T11:00:00Z");

        var next = RetrySchedule.nextAttemptAt(failedAt, 3);

        assertThat(next).isEqualTo(Instant.parse("2026-12-04T11:00:20Z"));
    }

    @Test
    void rejectsZeroAttempts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetrySchedule.nextAttemptAt(Instant.EPOCH, 0))
                .withMessage("attempts must be 1 or more, was 0");
    }
}
