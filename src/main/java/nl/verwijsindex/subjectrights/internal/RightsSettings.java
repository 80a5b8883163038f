package nl.verwijsindex.subjectrights.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline of a request and when the list flags it, from
 * {@code VERWIJSINDEX_RIGHTS_REQUEST_DEADLINE_DAYS} and {@code VERWIJSINDEX_RIGHTS_REQUEST_WARNING_DAYS}.
 */
@Component
class RightsSettings {

    private final int deadlineDays;
    private final int warningDays;

    RightsSettings(
            @Value("${verwijsindex.rights.request-deadline-days}") int deadlineDays,
            @Value("${verwijsindex.rights.request-warning-days}") int warningDays) {
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("Invalid rights request deadline of " + deadlineDays
                    + " days: set VERWIJSINDEX_RIGHTS_REQUEST_DEADLINE_DAYS to 1 or more, such as 28");
        }
        if (warningDays < 0) {
            throw new IllegalArgumentException("Invalid rights request warning of " + warningDays
                    + " days: set VERWIJSINDEX_RIGHTS_REQUEST_WARNING_DAYS to 0 or more, such as 7");
        }
        this.deadlineDays = deadlineDays;
        this.warningDays = warningDays;
    }

    int deadlineDays() {
        return deadlineDays;
    }

    int warningDays() {
        return warningDays;
    }
}
