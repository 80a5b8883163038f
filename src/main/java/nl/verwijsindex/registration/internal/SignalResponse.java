package nl.verwijsindex.registration.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        @Nullable LocalDate endedOn,
        InformingResponse informing) {

    static SignalResponse of(Signal signal) {
        return new SignalResponse(
                signal.id(),
                signal.number(),
                signal.professionalId(),
                signal.status().code(),
                signal.registeredOn(),
                signal.endDate(),
                signal.ownReference(),
                signal.endedOn(),
                InformingResponse.of(signal.informing()));
    }

    @Schema(
            name = "Informing",
            description = "Whether the parents and the child were informed of the signal. The parents of a child under"
                    + " 16 and a child of 12 or older must be informed, by the child's age on the registration date.")
    record InformingResponse(
            @Schema(
                    description = "not-recorded: neither informing nor postponing it is recorded yet; postponed:"
                            + " informing is postponed; informed: the parents or child were informed",
                    allowableValues = {"not-recorded", "postponed", "informed"})
            String status,

            @Schema(description = "The day they were informed, as yyyy-mm-dd") @Nullable
            LocalDate informedOn,

            @ArraySchema(
                    arraySchema = @Schema(description = "Who was informed on that day"),
                    schema = @Schema(allowableValues = {"parents", "child"}),
                    uniqueItems = true,
                    maxItems = 2)
            @Nullable
            List<String> informedParties,

            @Schema(description = "The day informing was recorded as postponed, as yyyy-mm-dd; kept after informing")
            @Nullable
            LocalDate postponedOn) {

        static InformingResponse of(Informing informing) {
            return new InformingResponse(
                    informing.status().code(),
                    informing.informedOn(),
                    informing.informedOn() == null ? null : parties(informing),
                    informing.postponedOn());
        }

        private static List<String> parties(Informing informing) {
            var parties = new ArrayList<String>();
            if (informing.parentsInformed()) {
                parties.add(InformingRequest.PARENTS);
            }
            if (informing.childInformed()) {
                parties.add(InformingRequest.CHILD);
            }
            return parties;
        }
    }
}
