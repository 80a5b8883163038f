package nl.verwijsindex.organisations.municipality;

import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * One organisation in the list of a municipality.
 *
 * @param connected whether its professionals and API clients may register; false while suspended
 * @param activeProfessionals how many of its designated professionals accepted their invitation,
 *     or have no login account and so register only through an API client
 * @param invitedProfessionals how many of its designated professionals have not accepted their
 *     invitation yet
 */
record OrganisationSummary(
        UUID id,
        String name,
        OrganisationKind kind,
        boolean connected,
        boolean signalOnly,
        int activeProfessionals,
        int invitedProfessionals) {}
