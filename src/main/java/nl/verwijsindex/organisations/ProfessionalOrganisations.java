package nl.verwijsindex.organisations;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Reads the organisation of each professional, for rules that depend on the organisation's settings. */
public interface ProfessionalOrganisations {

    /** Returns the organisation of each given professional, keyed by professional id; unknown ids are left out. */
    Map<UUID, ProfessionalOrganisation> of(Collection<UUID> professionalIds);

    /**
     * A professional's organisation and the settings that coordination uses.
     *
     * @param municipalityId the municipality the organisation is connected to
     * @param signalOnly whether the organisation only registers signals and is never proposed as coordinator
     */
    record ProfessionalOrganisation(
            UUID professionalId, UUID organisationId, UUID municipalityId, OrganisationKind kind, boolean signalOnly) {}
}
