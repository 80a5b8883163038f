package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A professional must be introduced to other professionals in a match, because the match is new or
 * because they joined it. Published inside the transaction that changed the match; each pair of
 * recipient and other professional appears in at most one such event per match.
 *
 * @param matchId the match
 * @param type child or family match
 * @param since the day the match was made
 * @param recipientProfessionalId the professional to tell
 * @param recipientSignalId the recipient's own signal in the match
 * @param otherProfessionalIds the professionals the recipient has not yet been introduced to in this match
 * @param otherSignalIds the active signals of those professionals in the match, in the same order
 */
public record ProfessionalsMatched(
        UUID matchId,
        MatchType type,
        LocalDate since,
        UUID recipientProfessionalId,
        UUID recipientSignalId,
        List<UUID> otherProfessionalIds,
        List<UUID> otherSignalIds) {

    public ProfessionalsMatched {
        otherProfessionalIds = List.copyOf(otherProfessionalIds);
        otherSignalIds = List.copyOf(otherSignalIds);
        if (otherProfessionalIds.size() != otherSignalIds.size()) {
            throw new IllegalArgumentException("Each other professional needs the id of their signal");
        }
    }
}
