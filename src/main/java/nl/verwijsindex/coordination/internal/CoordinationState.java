package nl.verwijsindex.coordination.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.matching.CoordinationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The stored coordination of one match.
 *
 * @param proposedById the member who made the open proposal; null when it came from the
 *     municipality's priority list
 */
record CoordinationState(
        UUID matchId,
        CoordinationStatus status,
        @Nullable UUID proposedCoordinatorId,
        @Nullable UUID proposedById,
        @Nullable LocalDate proposedOn,
        @Nullable UUID coordinatorId,
        @Nullable LocalDate coordinatedOn) {

    static CoordinationState initial(UUID matchId) {
        return new CoordinationState(matchId, CoordinationStatus.NEW, null, null, null, null, null);
    }

    CoordinationState withProposal(UUID proposedCoordinatorId, @Nullable UUID proposedById, LocalDate on) {
        return new CoordinationState(
                matchId, status, proposedCoordinatorId, proposedById, on, coordinatorId, coordinatedOn);
    }

    CoordinationState withoutProposal() {
        return new CoordinationState(matchId, status, null, null, null, coordinatorId, coordinatedOn);
    }

    CoordinationState coordinatedBy(UUID coordinatorId, LocalDate on) {
        return new CoordinationState(matchId, CoordinationStatus.COORDINATED, null, null, null, coordinatorId, on);
    }

    /** Drops the coordinator; the status becomes in-contact when a member recorded contact, otherwise new. */
    CoordinationState withoutCoordinator(boolean contactRecorded) {
        return new CoordinationState(
                matchId,
                statusWithoutCoordinator(contactRecorded),
                proposedCoordinatorId,
                proposedById,
                proposedOn,
                null,
                null);
    }

    /** Returns the status for a match without coordinator: in-contact when a member recorded contact, otherwise new. */
    static CoordinationStatus statusWithoutCoordinator(boolean contactRecorded) {
        return contactRecorded ? CoordinationStatus.IN_CONTACT : CoordinationStatus.NEW;
    }

    CoordinationState withStatus(CoordinationStatus newStatus) {
        return new CoordinationState(
                matchId, newStatus, proposedCoordinatorId, proposedById, proposedOn, coordinatorId, coordinatedOn);
    }
}
