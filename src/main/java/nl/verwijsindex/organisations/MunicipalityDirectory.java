package nl.verwijsindex.organisations;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads a municipality's code and the settings that rights requests depend on. */
public interface MunicipalityDirectory {

    /** Returns the municipality with the id, or empty when the index has none. */
    Optional<DirectoryEntry> find(UUID municipalityId);

    /**
     * Returns the municipalities that the given organisations belong to, whether their connection is
     * active or suspended. Unknown ids are left out.
     */
    Set<UUID> municipalitiesOf(Collection<UUID> organisationIds);

    /**
     * A municipality of the index.
     *
     * @param code the four-digit municipality code of BRP table 33, such as {@code 0363}
     * @param rightsRequestDays the days from the day a rights request is received to its deadline,
     *     1 to 90, as set on the municipality's settings page
     */
    record DirectoryEntry(UUID id, String code, String name, int rightsRequestDays) {}
}
