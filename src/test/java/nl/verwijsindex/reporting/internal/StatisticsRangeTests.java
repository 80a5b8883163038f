package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class StatisticsRangeTests {

    private static final YearMonth CURRENT = YearMonth.of(2026, 12);

    @Test
    void defaultIsTwelveMonthsToCurrent() {
        var parsed = StatisticsRange.parse(null, " ", CURRENT);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.range()).isEqualTo(new StatisticsRange(YearMonth.of(2026, 1), CURRENT));
        assertThat(parsed.range().months()).hasSize(12);
    }

    @Test
    void missingFromIsElevenMonthsBeforeTo() {
        var parsed = StatisticsRange.parse("", "2025-06", CURRENT);

        assertThat(parsed.range()).isEqualTo(new StatisticsRange(YearMonth.of(2024, 7), YearMonth.of(2025, 6)));
    }

    @Test
    void invalidMonthIsNamed() {
        var parsed = StatisticsRange.parse("2026-13", "december", CURRENT);

        assertThat(parsed.range()).isNull();
        assertThat(parsed.errors()).hasSize(2);
        assertThat(parsed.errors().get(0).field()).isEqualTo("to");
        assertThat(parsed.errors().get(0).code()).isEqualTo("format");
        assertThat(parsed.errors().get(0).arguments()).containsExactly("december");
        assertThat(parsed.errors().get(1).field()).isEqualTo("from");
        assertThat(parsed.errors().get(1).arguments()).containsExactly("2026-13");
    }

    @Test
    void currentMonthIsAcceptedAndNextRejected() {
        var current = StatisticsRange.parse("2026-12", "2026-12", CURRENT);
        var next = StatisticsRange.parse("2026-12", "2027-01", CURRENT);

        assertThat(current.range()).isEqualTo(new StatisticsRange(CURRENT, CURRENT));
        assertThat(next.range()).isNull();
        assertThat(next.errors()).hasSize(1);
        assertThat(next.errors().get(0).field()).isEqualTo("to");
        assertThat(next.errors().get(0).code()).isEqualTo("future");
        assertThat(next.errors().get(0).arguments()).containsExactly("2027-01", "2026-12");
    }

    @Test
    void futureFromIsRejectedOnce() {
        var parsed = StatisticsRange.parse("2027-02", "2027-01", CURRENT);

        assertThat(parsed.errors())
                .extracting(StatisticsRange.RangeError::field)
                .containsExactly("from", "to");
        assertThat(parsed.errors()).extracting(StatisticsRange.RangeError::code).containsExactly("future", "future");
    }

    @Test
    void toBeforeFromIsRejected() {
        var parsed = StatisticsRange.parse("2026-06", "2026-05", CURRENT);
        var same = StatisticsRange.parse("2026-06", "2026-06", CURRENT);

        assertThat(parsed.range()).isNull();
        assertThat(parsed.errors().get(0).code()).isEqualTo("before-from");
        assertThat(parsed.errors().get(0).arguments()).containsExactly("2026-05", "2026-06");
        assertThat(same.range()).isEqualTo(new StatisticsRange(YearMonth.of(2026, 6), YearMonth.of(2026, 6)));
    }

    @Test
    void rangeOfThirtySixMonthsIsMaximum() {
        var longest = StatisticsRange.parse("2024-01", "2026-12", CURRENT);
        var tooLong = StatisticsRange.parse("2023-12", "2026-12", CURRENT);

        assertThat(longest.range().months()).hasSize(36);
        assertThat(tooLong.range()).isNull();
        assertThat(tooLong.errors().get(0).code()).isEqualTo("too-long");
        assertThat(tooLong.errors().get(0).arguments()).containsExactly("2026-12", "2023-12", 37L);
    }

    @Test
    void lastDayStopsAtToday() {
        var range = new StatisticsRange(YearMonth.of(2026, 1), CURRENT);

        assertThat(range.lastDay(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(range.lastDay(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(range.lastDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
