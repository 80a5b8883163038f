package nl.verwijsindex.organisations.internal;

import nl.verwijsindex.organisations.OrganisationKind;

/**
 * The settings that an organisation administrator may change.
 *
 * @param defaultSignalMonths how long a signal runs when no end date is given, 1 to 24 months
 * @param signalOnly whether the organisation only registers and is never proposed as coordinator
 */
record OrganisationSettings(OrganisationKind kind, int defaultSignalMonths, boolean signalOnly) {

    static final int MINIMUM_MONTHS = 1;

    /** The law allows a signal to run for at most 2 years. */
    static final int MAXIMUM_MONTHS = 24;
}
