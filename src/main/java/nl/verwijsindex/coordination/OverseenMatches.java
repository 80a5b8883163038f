package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;

/**
 * Reads an active match as a municipality oversees it: the match's type, date and coordination,
 * and each member's organisation and municipality. It never contains the child's identity or a
 * signal's own reference.
 */
public interface OverseenMatches {

    /** Returns the match, or empty when it does not exist or has ended. */
    Optional<OverseenMatch> find(UUID matchId);

    /**
     * An active match.
     *
     * @param madeOn the day the match was made
     * @param proposedCoordinatorId the member asked to coordinate who has not responded yet, or null
     * @param coordinatorId the member who coordinates the match, or null
     * @param members the professionals with an active signal in the match, ordered by name
     */
    record OverseenMatch(
            UUID id,
            MatchType type,
            LocalDate madeOn,
            CoordinationStatus status,
            @Nullable UUID proposedCoordinatorId,
            @Nullable UUID coordinatorId,
            List<OverseenMember> members) {

        public OverseenMatch {
            members = List.copyOf(members);
        }

        /** Returns the member with this id, or empty. */
        public Optional<OverseenMember> member(@Nullable UUID professionalId) {
            return members.stream()
                    .filter(member -> member.professionalId().equals(professionalId))
                    .findFirst();
        }
    }

    /** A professional in the match, with their organisation and the municipality it is connected to. */
    record OverseenMember(
            UUID professionalId,
            String professionalName,
            UUID organisationId,
            String organisationName,
            UUID municipalityId,
            String municipalityName) {}
}
