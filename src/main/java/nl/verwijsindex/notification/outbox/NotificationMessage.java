package nl.verwijsindex.notification.outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * A queued notification as the dispatcher reads it: ids only, because contact details are read
 * when the email is composed.
 *
 * @param id the message id, also the base of the email's {@code Message-ID}
 * @param recipientProfessionalId the professional who receives the email
 * @param matchId the match the email is about
 * @param matchType child or family match
 * @param matchDate the day the match was made
 * @param recipientSignalId the recipient's own signal in the match
 * @param otherProfessionalIds the professionals whose contact details the email contains
 * @param otherSignalIds the signals of those professionals, in the same order
 * @param attempts the number of failed attempts so far
 * @param proposedCoordinatorId the professional proposed as coordinator when the message was
 *     queued, or null when nobody was
 */
public record NotificationMessage(
        UUID id,
        UUID recipientProfessionalId,
        UUID matchId,
        MatchType matchType,
        LocalDate matchDate,
        UUID recipientSignalId,
        List<UUID> otherProfessionalIds,
        List<UUID> otherSignalIds,
        int attempts,
        @Nullable UUID proposedCoordinatorId) {

    public NotificationMessage {
        otherProfessionalIds = List.copyOf(otherProfessionalIds);
        otherSignalIds = List.copyOf(otherSignalIds);
    }
}
