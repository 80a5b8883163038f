package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/** Reads every signal of one child, for the inspection letter of a rights request. */
public interface ChildSignals {

    /** Returns every signal of the child, active and archived, in the order they were registered. */
    List<ChildSignal> of(Pseudonym child);

    /**
     * A signal of the child.
     *
     * @param number the signal's number, by which its professional recognises it
     * @param endDate the day the signal ends on its own
     * @param endedOn the day it ended, or {@code null} while it is active
     */
    record ChildSignal(
            UUID id,
            long number,
            UUID professionalId,
            UUID organisationId,
            LocalDate registeredOn,
            LocalDate endDate,
            @Nullable LocalDate endedOn) {

        public boolean active() {
            return endedOn == null;
        }
    }
}
