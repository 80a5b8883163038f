package nl.verwijsindex.organisations.municipality;

import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * One organisation in the list of a municipality.
 *
 * @param connected whether its professionals and API clients may register; false while suspended
 * @param activeProfessionals how many of its professionals are active
 */
record OrganisationSummary(
        UUID id, String name, OrganisationKind kind, boolean connected, boolean signalOnly, int activeProfessionals) {}
