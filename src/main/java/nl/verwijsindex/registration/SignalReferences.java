package nl.verwijsindex.registration;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/** Reads how a signal is named to its professional, for modules that write to them. */
public interface SignalReferences {

    /** Returns the signal's reference, or empty when it no longer exists (destroyed). */
    Optional<SignalReference> find(UUID signalId);

    /**
     * Returns the pseudonym of the signal's child, for an audit entry about the signal, or empty
     * when the signal no longer exists.
     */
    Optional<Pseudonym> childOf(UUID signalId);
}
