package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * An active signal was handed over to a colleague in the same organisation, published inside the
 * transferring transaction after the signal was changed and while the locks on the child and its
 * parents are held. The signal keeps its id, number, dates and own reference.
 *
 * @param signalId the signal
 * @param fromProfessionalId the professional who held the signal
 * @param toProfessionalId the colleague whose signal it is now
 * @param childPseudonym the child's pseudonym
 * @param parentPseudonyms pseudonyms of the parents on the child's own record that have a BSN
 * @param transferredOn the day of the transfer
 */
public record SignalTransferred(
        UUID signalId,
        UUID fromProfessionalId,
        UUID toProfessionalId,
        Pseudonym childPseudonym,
        List<Pseudonym> parentPseudonyms,
        LocalDate transferredOn) {

    public SignalTransferred {
        parentPseudonyms = List.copyOf(parentPseudonyms);
    }
}
