package nl.verwijsindex.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads professionals for the other modules. */
public interface Professionals {

    /** Returns the professional when they belong to the given organisation, otherwise empty. */
    Optional<Professional> findInOrganisation(UUID professionalId, UUID organisationId);

    /** Returns the contact details of the given professionals, in the order of the ids; unknown ids are left out. */
    List<ProfessionalContact> contacts(Collection<UUID> professionalIds);

    /**
     * Changes the phone number that matches show to other professionals, and the language of the
     * professional's emails. The caller checks the phone number with {@link PhoneNumbers}.
     *
     * @param phone the new number, or {@code null} to show none
     * @throws IllegalArgumentException when the professional does not belong to the organisation
     */
    void changeContactPreferences(
            UUID professionalId,
            UUID organisationId,
            @org.jspecify.annotations.Nullable String phone,
            java.util.Locale language);

    /** Returns the contact details of the organisation's active professionals, ordered by name. */
    List<ProfessionalContact> activeInOrganisation(UUID organisationId);

    /**
     * Returns the given professionals, whatever their organisation, keyed by id; unknown ids are
     * left out. For the bulk import, which names professionals without their organisation.
     */
    Map<UUID, Professional> findAll(Collection<UUID> professionalIds);
}
