package nl.verwijsindex.organisations;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Reads the names of organisations, for letters that name who acted. */
public interface OrganisationNames {

    /** Returns the name of each given organisation, keyed by id. Unknown ids are left out. */
    Map<UUID, String> of(Collection<UUID> organisationIds);
}
