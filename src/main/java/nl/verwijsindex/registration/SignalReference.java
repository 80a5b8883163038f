package nl.verwijsindex.registration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Name of a signal for its own professional: its number and the organisation's own reference.
 *
 * @param id the signal's id
 * @param number the signal's sequence number, shown in email
 * @param ownReference the organisation's own client number, if given
 */
public record SignalReference(
        UUID id, long number, @Nullable String ownReference) {}
