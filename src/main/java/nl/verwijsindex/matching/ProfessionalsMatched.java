package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A professional must be told about other professionals in a match, because the match is new or
 * because they joined it. Published inside the transaction that changed the match; each pair of
 * recipient and other professional appears in at most one such event per match.
 *
 * @param matchId the match
 * @param type child or family match
 * @param since the day the match was made
 * @param recipientProfessionalId the professional to tell
 * @param recipientSignalId the recipient's own signal in the match
 * @param otherProfessionalIds the professionals the recipient has not yet been told about in this match
 */
public record ProfessionalsMatched(
        UUID matchId,
        MatchType type,
        LocalDate since,
        UUID recipientProfessionalId,
        UUID recipientSignalId,
        List<UUID> otherProfessionalIds) {

    public ProfessionalsMatched {
        otherProfessionalIds = List.copyOf(otherProfessionalIds);
    }
}
