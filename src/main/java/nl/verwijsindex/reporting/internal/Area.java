package nl.verwijsindex.reporting.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * A municipality or a region whose statistics are read, with what the counts are attributed by.
 *
 * @param type {@code municipality} or {@code region}, also the audit object type
 * @param organisationKinds the kind of each organisation connected to one of the municipalities
 * @param professionalIds every professional of those organisations, active or not
 */
record Area(
        String type,
        UUID id,
        String name,
        Set<UUID> municipalityIds,
        Map<UUID, OrganisationKind> organisationKinds,
        Set<UUID> professionalIds) {

    static final String MUNICIPALITY = "municipality";
    static final String REGION = "region";
}
