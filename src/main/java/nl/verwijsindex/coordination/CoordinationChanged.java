package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * The coordination of a match changed by a member's step or because a member left the match.
 * Published inside the transaction that stored the change, so that a listener that queues a message
 * stores it exactly when the change is committed. A step that is rejected or that changes nothing
 * publishes no event.
 *
 * @param matchType child or family match
 * @param matchDate the day the match was made
 * @param actorProfessionalId the member who took the step; null for a change that followed from a
 *     member leaving the match
 * @param status the status after the change
 * @param proposedCoordinatorId the professional proposed after the change, who has not responded yet
 * @param coordinatorId the coordinator after the change
 * @param recipients the active members of the match other than the actor, each with their own signal
 */
public record CoordinationChanged(
        UUID matchId,
        MatchType matchType,
        LocalDate matchDate,
        Change change,
        @Nullable UUID actorProfessionalId,
        CoordinationStatus status,
        @Nullable UUID proposedCoordinatorId,
        @Nullable UUID coordinatorId,
        List<Recipient> recipients) {

    public CoordinationChanged {
        recipients = List.copyOf(recipients);
    }

    /** The kind of change, with the code that the outbox stores. */
    public enum Change {
        /** The actor proposed a member, possibly themselves, as coordinator. */
        PROPOSED("proposed"),
        /** The actor accepted the proposal and is the coordinator now. */
        ACCEPTED("accepted"),
        /** The actor declined the proposal addressed to them. */
        DECLINED("declined"),
        /** The actor recorded that they made contact. */
        CONTACT_RECORDED("contact-recorded"),
        /** The coordinator's last signal in the match ended, so the match has no coordinator. */
        COORDINATOR_LEFT("coordinator-left"),
        /** The proposed member's last signal in the match ended, so the proposal lapsed. */
        PROPOSED_LEFT("proposed-left"),
        /** A member who recorded contact left the match, and the status went back without their contact. */
        MEMBER_LEFT("member-left");

        private final String code;

        Change(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * A member to tell about the change.
     *
     * @param signalId the member's own active signal in the match, the first by id when they have two
     */
    public record Recipient(UUID professionalId, UUID signalId) {}
}
