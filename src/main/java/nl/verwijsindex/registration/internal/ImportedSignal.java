package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.List;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/**
 * An import row that passed every check that needs the population register, ready to store: the
 * BSN only as pseudonym and ciphertext.
 *
 * @param endDate the end date of the file, or the organisation's default, capped as in a registration
 * @param residence where the register reports the child to live, for {@code child_residences}
 */
record ImportedSignal(
        ImportRow row,
        Professional professional,
        Pseudonym child,
        List<Pseudonym> parents,
        EncryptedBsn bsn,
        LocalDate endDate,
        LocalDate earliest23rdBirthday,
        Residence residence) {

    boolean active() {
        return row.active();
    }

    @Nullable
    LocalDate endedOn() {
        return row.endedOn();
    }
}
