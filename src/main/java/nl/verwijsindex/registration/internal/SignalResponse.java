package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A signal as the API shows it to its own organisation. It never contains the BSN. */
record SignalResponse(
        UUID id,
        long number,
        UUID professionalId,
        String status,
        LocalDate registeredOn,
        LocalDate endDate,
        @Nullable String ownReference,
        @Nullable LocalDate endedOn) {

    static SignalResponse of(Signal signal) {
        return new SignalResponse(
                signal.id(),
                signal.number(),
                signal.professionalId(),
                signal.status().code(),
                signal.registeredOn(),
                signal.endDate(),
                signal.ownReference(),
                signal.endedOn());
    }
}
