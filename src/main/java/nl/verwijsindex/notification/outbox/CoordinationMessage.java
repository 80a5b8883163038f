package nl.verwijsindex.notification.outbox;

import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * A queued email about a change in a match's coordination, as the dispatcher reads it: ids and
 * codes only, because names and addresses are read when the email is composed.
 *
 * @param id the message id, also the base of the email's {@code Message-ID}
 * @param recipientSignalId the recipient's own signal in the match
 * @param matchDate the day the match was made
 * @param actorProfessionalId the member who took the step, or null when a member left the match
 * @param status the status after the change
 * @param proposedCoordinatorId the professional proposed after the change, or null
 * @param coordinatorId the coordinator after the change, or null
 * @param attempts the number of failed attempts so far
 */
public record CoordinationMessage(
        UUID id,
        UUID recipientProfessionalId,
        UUID recipientSignalId,
        UUID matchId,
        MatchType matchType,
        LocalDate matchDate,
        Change change,
        @Nullable UUID actorProfessionalId,
        CoordinationStatus status,
        @Nullable UUID proposedCoordinatorId,
        @Nullable UUID coordinatorId,
        int attempts) {}
