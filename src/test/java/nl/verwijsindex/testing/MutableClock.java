package nl.verwijsindex.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock that tests set to a chosen day and time, in Dutch time like the application's clock. */
public final class MutableClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private volatile Instant instant;

    public MutableClock(LocalDate date) {
        setDate(date);
    }

    /** Sets the clock to noon of the given day. */
    public void setDate(LocalDate date) {
        instant = date.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    public void setInstant(Instant instant) {
        this.instant = instant;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
