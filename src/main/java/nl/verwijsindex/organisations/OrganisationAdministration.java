package nl.verwijsindex.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Adds municipalities, connects organisations and designates professionals. */
public interface OrganisationAdministration {

    /** Adds a municipality by its four-digit code (BRP table 33). */
    UUID addMunicipality(UUID id, String code, String name);

    /**
     * Sets the address of the municipality's coordinator, who is told about moves and about matches
     * across municipal borders. The municipality's officers change it on the settings page.
     */
    void setCoordinatorEmail(UUID municipalityId, String email);

    Optional<UUID> findMunicipality(String code);

    /**
     * Connects an organisation to a municipality.
     *
     * @param defaultSignalMonths how long a signal runs when no end date is given, 1 to 24 months
     * @param signalOnly whether the organisation only registers and is never proposed as coordinator
     */
    UUID connectOrganisation(
            UUID municipalityId, String name, OrganisationKind kind, int defaultSignalMonths, boolean signalOnly);

    /** Designates a professional of the organisation, who may then register signals. */
    UUID designateProfessional(UUID organisationId, String name, String email, @Nullable String phone, Locale language);

    /** Returns the municipality's organisations with their professionals, ordered by name. */
    List<OrganisationDetails> organisationsOf(UUID municipalityId);

    /** An organisation with the contact details of its professionals. */
    record OrganisationDetails(UUID id, String name, OrganisationKind kind, List<ProfessionalContact> professionals) {}
}
