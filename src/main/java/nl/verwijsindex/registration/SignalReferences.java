package nl.verwijsindex.registration;

import java.util.Optional;
import java.util.UUID;

/** Reads how a signal is named to its professional, for modules that write to them. */
public interface SignalReferences {

    /** Returns the signal's reference, or empty when it no longer exists (destroyed). */
    Optional<SignalReference> find(UUID signalId);
}
