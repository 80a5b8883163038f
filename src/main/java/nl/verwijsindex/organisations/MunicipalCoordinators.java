package nl.verwijsindex.organisations;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads a municipality's coordinator, who gets an email when a child with active signals moves there. */
public interface MunicipalCoordinators {

    /** Returns the municipality with the four-digit code, or empty when the index has no such municipality. */
    Optional<MunicipalCoordinator> findByMunicipalityCode(String code);

    /**
     * A municipality and the address of its coordinator.
     *
     * @param coordinatorEmail the coordinator's address, or {@code null} when the municipality set none
     */
    record MunicipalCoordinator(
            UUID municipalityId,
            String municipalityCode,
            String municipalityName,
            @Nullable String coordinatorEmail) {

        public boolean hasCoordinator() {
            return coordinatorEmail != null && !coordinatorEmail.isBlank();
        }
    }
}
