package nl.verwijsindex.organisations.municipality;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a municipality.
 *
 * @param coordinatorEmail the municipal coordinator's address, told about moves and matches across
 *     municipal borders; {@code null} when none is set
 * @param rightsRequestDays the deadline in days for handling a request to inspect, correct or remove data
 * @param matchContactDays the days after which a match without recorded contact is flagged
 */
// The notification module emails the coordinator address about moves and about matches across
// municipal borders, new rights requests take their deadline from rightsRequestDays, and the
// coordination module lists matches without contact after matchContactDays.
record MunicipalitySettings(@Nullable String coordinatorEmail, int rightsRequestDays, int matchContactDays) {

    static final int MAXIMUM_RIGHTS_REQUEST_DAYS = 90;
    static final int MAXIMUM_MATCH_CONTACT_DAYS = 365;
}
