package nl.verwijsindex.subjectrights;

import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;

/**
 * A signal was destroyed because a second officer approved an upheld objection, and its
 * professional must be emailed. Published inside the approving transaction, once per signal.
 *
 * @param signalNumber the number by which the professional recognises the signal
 * @param ownReference the organisation's own reference of the signal, if any
 * @param child the pseudonym of the signal's child, so that a waiting email goes with the child's
 *     other traces
 */
public record SignalRemovedOnObjection(
        UUID signalId, long signalNumber, @Nullable String ownReference, UUID professionalId, Pseudonym child) {}
