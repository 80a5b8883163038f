package nl.verwijsindex.coordination;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * A municipality's ordered list of organisation kinds. When a new match is made, the member whose
 * organisation kind comes first on the list is proposed as coordinator. Members of signal-only
 * organisations and of kinds missing from the list are never proposed this way, and an empty list
 * proposes nobody.
 */
public interface CoordinatorPriorities {

    /** Returns the municipality's list, first kind first; empty when none was set or the municipality is unknown. */
    List<OrganisationKind> priorityOf(UUID municipalityId);

    /**
     * Replaces the municipality's list, for trusted callers such as the demo seeder.
     *
     * @throws IllegalArgumentException when a kind appears twice
     * @throws MunicipalityNotFoundException when no municipality has this id
     */
    void setPriority(UUID municipalityId, List<OrganisationKind> kinds);

    /**
     * Returns the municipality's list for a municipal officer of that municipality or a functional
     * administrator.
     *
     * @throws org.springframework.security.access.AccessDeniedException for any other role
     * @throws MunicipalityNotFoundException when the officer works for another municipality
     */
    List<OrganisationKind> priorityOf(SignedInAccount account, UUID municipalityId);

    /**
     * Replaces the municipality's list for a municipal officer of that municipality or a functional
     * administrator.
     *
     * @throws org.springframework.security.access.AccessDeniedException for any other role
     * @throws MunicipalityNotFoundException when the officer works for another municipality, or no
     *     municipality has this id
     * @throws IllegalArgumentException when a kind appears twice
     */
    void setPriority(SignedInAccount account, UUID municipalityId, List<OrganisationKind> kinds);

    /** No municipality with this id, or one that the account may not see; pages respond with 404. */
    final class MunicipalityNotFoundException extends RuntimeException {

        public MunicipalityNotFoundException(UUID municipalityId) {
            super("No municipality " + municipalityId + " for this account");
        }
    }
}
