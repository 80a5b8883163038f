package nl.verwijsindex.notification.mail;

import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;

/**
 * Everything one email about a coordination change shows. Other professionals appear by name and
 * organisation only, and nothing about the child, because the module never receives it.
 *
 * @param messageId the queued message, which fixes the email's {@code Message-ID}
 * @param matchDate the day the match was made
 * @param recipient the member who receives the email, with their language
 * @param signalNumber the number of the recipient's own signal in the match
 * @param actor the member who took the step, or null when a member left the match
 * @param status the status after the change
 * @param proposedCoordinator the member proposed after the change, or null
 * @param coordinator the coordinator after the change, or null
 */
public record CoordinationEmail(
        UUID messageId,
        Change change,
        MatchType matchType,
        LocalDate matchDate,
        ProfessionalContact recipient,
        long signalNumber,
        @Nullable ProfessionalContact actor,
        CoordinationStatus status,
        @Nullable ProfessionalContact proposedCoordinator,
        @Nullable ProfessionalContact coordinator) {

    /** Returns whether the recipient is the member proposed as coordinator after the change. */
    public boolean recipientIsProposed() {
        return proposedCoordinator != null && proposedCoordinator.id().equals(recipient.id());
    }
}
