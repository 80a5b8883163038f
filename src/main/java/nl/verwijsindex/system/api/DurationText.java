package nl.verwijsindex.system.api;

import java.time.Duration;

/** Writes a duration as the settings take it, such as {@code 10s} or {@code 200ms}, instead of {@code PT10S}. */
final class DurationText {

    private DurationText() {}

    static String of(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
