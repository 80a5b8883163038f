package nl.verwijsindex.bench.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The dates of one generated signal, within the index's rules: registered on or after the child's
 * birth, an end date at most the duration after registration (never more than two years) and never
 * on or after the child's 23rd birthday. An active signal ends today or later. An archived signal
 * ended 1 day to 5 years before today: after its end date, on the day after it ({@code end-date}),
 * or earlier ({@code risk-gone}).
 *
 * @param endedOn null for an active signal
 * @param endReason {@code end-date} or {@code risk-gone}, null for an active signal
 */
record SignalDates(LocalDate registeredOn, LocalDate endDate, LocalDate endedOn, String endReason) {

    /** Share of archived signals that ended before their end date because the risk was gone (an estimate). */
    private static final int RISK_GONE_PERCENT = 40;

    static SignalDates active(SplittableRandom random, LocalDate today, LocalDate birth, int months) {
        var earliest = later(today.minusMonths(months).plusDays(1), birth);
        var registered = between(random, earliest, today);
        return new SignalDates(registered, endDate(registered, months, birth), null, null);
    }

    /** Returns the dates of an archived signal, or null when the child was born too recently to have one. */
    static SignalDates archived(SplittableRandom random, LocalDate today, LocalDate birth, int months) {
        var earliestEnd = later(today.minusYears(5).plusDays(1), birth.plusDays(1));
        var latestEnd = today.minusDays(1);
        if (earliestEnd.isAfter(latestEnd)) {
            return null;
        }
        var endedOn = between(random, earliestEnd, latestEnd);
        if (random.nextInt(100) >= RISK_GONE_PERCENT) {
            var endDate = endedOn.minusDays(1);
            var registered = later(startFor(endDate, months), birth);
            return new SignalDates(registered, endDate, endedOn, "end-date");
        }
        var earliestStart = later(startFor(endedOn, months), birth);
        var registered = between(random, earliestStart, endedOn);
        return new SignalDates(registered, endDate(registered, months, birth), endedOn, "risk-gone");
    }

    /**
     * Returns the earliest registration day whose end date, {@code months} later, is not before the
     * given day. Subtracting months is not the inverse of adding them at the end of a month
     * (2024-02-29 minus 24 months plus 24 months is 2024-02-28), so it moves forward until it fits.
     */
    private static LocalDate startFor(LocalDate end, int months) {
        var start = end.minusMonths(months);
        while (start.plusMonths(months).isBefore(end)) {
            start = start.plusDays(1);
        }
        return start;
    }

    private static LocalDate endDate(LocalDate registered, int months, LocalDate birth) {
        var end = registered.plusMonths(months);
        var lastAllowed = birth.plusYears(23).minusDays(1);
        return end.isAfter(lastAllowed) ? lastAllowed : end;
    }

    private static LocalDate between(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
