package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A signal as it was just before it was destroyed, so that the caller can tell its professional.
 *
 * @param id the signal's id
 * @param number the signal's number, by which the professional recognises it
 * @param professionalId the professional who held it
 * @param organisationId the professional's organisation
 * @param ownReference the professional's own reference, if any
 * @param registeredOn the day it was registered
 * @param endedOn the day it ended, or {@code null} when it was still active
 */
public record DestroyedSignal(
        UUID id,
        long number,
        UUID professionalId,
        UUID organisationId,
        @Nullable String ownReference,
        LocalDate registeredOn,
        @Nullable LocalDate endedOn) {

    public boolean wasActive() {
        return endedOn == null;
    }
}
