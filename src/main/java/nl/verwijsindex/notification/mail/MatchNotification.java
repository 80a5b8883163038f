package nl.verwijsindex.notification.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.registration.SignalReference;
import org.jspecify.annotations.Nullable;

/**
 * Everything one notification email shows. It contains nothing about the child, because the
 * module never receives the child's BSN, name, birth date or address.
 *
 * @param messageId the queued message, which fixes the email's {@code Message-ID}
 * @param matchType child or family match
 * @param matchDate the day the match was made
 * @param recipient the professional who receives the email, with their language
 * @param signal the recipient's own signal in the match
 * @param others the professionals the recipient is introduced to
 * @param proposedCoordinator the member proposed as coordinator of the match, possibly the
 *     recipient, or null when the email names no proposal
 */
public record MatchNotification(
        UUID messageId,
        MatchType matchType,
        LocalDate matchDate,
        ProfessionalContact recipient,
        SignalReference signal,
        List<ProfessionalContact> others,
        @Nullable ProfessionalContact proposedCoordinator) {

    public MatchNotification {
        others = List.copyOf(others);
    }

    /** Creates a notification that names no proposed coordinator. */
    public MatchNotification(
            UUID messageId,
            MatchType matchType,
            LocalDate matchDate,
            ProfessionalContact recipient,
            SignalReference signal,
            List<ProfessionalContact> others) {
        this(messageId, matchType, matchDate, recipient, signal, others, null);
    }
}
