package nl.verwijsindex.subjectrights.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the list flags a request as near its deadline, from {@code VERWIJSINDEX_RIGHTS_REQUEST_WARNING_DAYS}.
 * The deadline itself is a setting of each municipality.
 */
@Component
class RightsSettings {

    private final int warningDays;

    RightsSettings(@Value("${verwijsindex.rights.request-warning-days}") int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("Invalid rights request warning of " + warningDays
                    + " days: set VERWIJSINDEX_RIGHTS_REQUEST_WARNING_DAYS to 0 or more, such as 7");
        }
        this.warningDays = warningDays;
    }

    int warningDays() {
        return warningDays;
    }
}
