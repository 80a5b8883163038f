package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/** A stored signal: one professional's registered involvement with one child. */
record Signal(
        UUID id,
        long number,
        Pseudonym child,
        List<Pseudonym> parents,
        UUID professionalId,
        UUID organisationId,
        LocalDate registeredOn,
        LocalDate endDate,
        @Nullable String ownReference,
        Status status,
        @Nullable LocalDate endedOn,
        Informing informing) {

    enum Status {
        ACTIVE("active"),
        ARCHIVED("archived");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Status fromCode(String code) {
            return code.equals("active") ? ACTIVE : ARCHIVED;
        }
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
