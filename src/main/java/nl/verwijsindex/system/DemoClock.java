package nl.verwijsindex.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The application's clock when the demo generates a year of activity: it reads a base clock, set back
 * by whole days while the generator runs, so that the services date each step on the day being
 * generated. The time of day keeps running. Only the demo history setting installs it, and production
 * uses the plain system clock.
 */
public final class DemoClock extends Clock {

    private final Clock base;
    private volatile long daysBack;

    public DemoClock(Clock base) {
        this.base = base;
    }

    /**
     * Sets the clock to the day, at the base clock's time of day.
     *
     * @throws IllegalArgumentException when the day is after the base clock's day, because the demo
     *     generates only the past
     */
    public void setDay(LocalDate day) {
        var baseDay = LocalDate.ofInstant(base.instant(), base.getZone());
        if (day.isAfter(baseDay)) {
            throw new IllegalArgumentException(
                    "Day " + day + " is after today, " + baseDay + "; the demo clock goes back in time only");
        }
        daysBack = ChronoUnit.DAYS.between(day, baseDay);
    }

    /** Sets the clock back to the base clock's time. */
    public void returnToBase() {
        daysBack = 0;
    }

    /** Returns whether the clock reads the base clock's time, not a day of the generated past. */
    public boolean isAtBase() {
        return daysBack == 0;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var now = base.instant();
        if (daysBack == 0) {
            return now;
        }
        return now.atZone(base.getZone()).minusDays(daysBack).toInstant();
    }
}
