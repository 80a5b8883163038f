package nl.verwijsindex.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/**
 * New active signals that the bulk import stored, published inside the transaction of their chunk
 * after the signals were stored and the family locks of every child and parent were taken. Plays
 * the part of {@link SignalRegistered} for many signals at once: matching matches them with each
 * other and with the signals already in the index, in the order given, with the same result as
 * registrations one by one on each signal's registration date.
 *
 * <p>Professionals of two imported signals were introduced by the index the signals came from, so
 * matching records their introduction without an email.
 *
 * @param signals the signals, ordered by registration date
 * @param checkedOn the day the population register was asked about the children
 */
public record SignalsImported(List<ImportedSignal> signals, LocalDate checkedOn) {

    public SignalsImported {
        signals = List.copyOf(signals);
    }

    /**
     * One imported active signal.
     *
     * @param parents pseudonyms of the parents on the child's own record that have a BSN
     * @param residence where the population register reports the child to live
     */
    public record ImportedSignal(
            UUID signalId,
            Pseudonym child,
            List<Pseudonym> parents,
            UUID professionalId,
            LocalDate registeredOn,
            Residence residence) {

        public ImportedSignal {
            parents = List.copyOf(parents);
        }
    }
}
