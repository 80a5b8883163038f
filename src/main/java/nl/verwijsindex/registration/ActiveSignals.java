package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/** Reads active signals for the reminders to their professionals and for notices about a child's move. */
public interface ActiveSignals {

    /**
     * Returns the active signals registered on or before the day for which neither informing nor
     * its postponement is recorded, oldest first.
     */
    List<ActiveSignal> findInformingNotRecorded(LocalDate registeredOnOrBefore);

    /** Returns the active signals whose end date lies from {@code from} to {@code to}, both included, earliest first. */
    List<ActiveSignal> findEndingBetween(LocalDate from, LocalDate to);

    /** Returns the signal while it is active, or empty when it was archived or destroyed. */
    Optional<ActiveSignal> find(UUID signalId);

    /** Returns the child's active signals, in the order they were registered. */
    List<ActiveSignal> ofChild(Pseudonym child);

    /**
     * Returns whom the professional must inform of the signal, by the child's age on the
     * registration date: both parties when the register no longer has the child.
     *
     * @throws java.util.NoSuchElementException when the signal does not exist
     * @throws nl.verwijsindex.population.PopulationRegisterUnavailableException when the register cannot be reached
     */
    InformingParties informingParties(UUID signalId);

    /**
     * An active signal as reminders and move notices name it.
     *
     * @param number the signal's number, which emails show to its professional
     * @param ownReference the organisation's own client number, if given
     * @param professionalId the professional of the signal now
     * @param child the child's pseudonym, for audit entries
     * @param endDate the signal's last active day
     * @param informingRecorded whether informing, or its postponement, is recorded
     */
    record ActiveSignal(
            UUID id,
            long number,
            @Nullable String ownReference,
            UUID professionalId,
            UUID organisationId,
            Pseudonym child,
            LocalDate registeredOn,
            LocalDate endDate,
            boolean informingRecorded) {}

    /** Whom a professional must inform: the parents of a child under 16, the child from 12 on. */
    enum InformingParties {
        PARENTS("parents"),
        CHILD("child"),
        BOTH("both");

        private final String code;

        InformingParties(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Returns the parties with the code, as {@link #code()} gives it. */
        public static InformingParties ofCode(String code) {
            for (var parties : values()) {
                if (parties.code.equals(code)) {
                    return parties;
                }
            }
            throw new IllegalArgumentException("Unknown informing parties '" + code + "'");
        }
    }
}
