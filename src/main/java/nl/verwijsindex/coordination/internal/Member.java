package nl.verwijsindex.coordination.internal;

import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * A professional in an active match, with what the coordination rules need to know about them.
 *
 * @param firstSignalNumber the lowest number among the professional's active signals in the match,
 *     so the member who registered first has the lowest; {@link Long#MAX_VALUE} when unknown
 */
record Member(
        UUID professionalId, UUID municipalityId, OrganisationKind kind, boolean signalOnly, long firstSignalNumber) {

    /** Returns whether the member may be proposed as coordinator: only members of organisations that are not signal-only. */
    boolean proposable() {
        return !signalOnly;
    }
}
