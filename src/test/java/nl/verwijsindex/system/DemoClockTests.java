package nl.verwijsindex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoClockTests {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 30);

    private final DemoClock clock =
            new DemoClock(Clock.fixed(NOW.atZone(DUTCH_TIME).toInstant(), DUTCH_TIME));

    @Test
    void setsDayAndKeepsTimeOfDay() {
        clock.setDay(LocalDate.of(2026, 6, 1));

        assertThat(LocalDateTime.ofInstant(clock.instant(), DUTCH_TIME)).isEqualTo(LocalDateTime.of(2026, 6, 1, 9, 30));
        assertThat(clock.isAtBase()).isFalse();
    }

    @Test
    void returnsToBaseTime() {
        clock.setDay(LocalDate.of(2025, 12, 5));

        clock.returnToBase();

        assertThat(LocalDateTime.ofInstant(clock.instant(), DUTCH_TIME)).isEqualTo(NOW);
        assertThat(clock.isAtBase()).isTrue();
    }

    @Test
    void acceptsBaseDay() {
        clock.setDay(LocalDate.of(2026, 12, 4));

        assertThat(LocalDateTime.ofInstant(clock.instant(), DUTCH_TIME)).isEqualTo(NOW);
    }

    @Test
    void rejectsDayAfterBaseDay() {
        assertThatThrownBy(() -> clock.setDay(LocalDate.of(2026, 12, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Day 2026-12-05 is after today, 2026-12-04; the demo clock goes back in time only");
    }
}
