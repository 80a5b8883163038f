package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * A new active signal, published inside the registering transaction after the signal was stored
 * and after the locks on the child and its parents were taken.
 *
 * @param signalId the new signal
 * @param professionalId the professional in whose name it was registered
 * @param childPseudonym the child's pseudonym
 * @param parentPseudonyms pseudonyms of the parents on the child's own record that have a BSN
 * @param registeredOn the registration date
 */
public record SignalRegistered(
        UUID signalId,
        UUID professionalId,
        Pseudonym childPseudonym,
        List<Pseudonym> parentPseudonyms,
        LocalDate registeredOn) {

    public SignalRegistered {
        parentPseudonyms = List.copyOf(parentPseudonyms);
    }
}
