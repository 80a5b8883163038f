package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads who is in an active match, for modules that act on matches. */
public interface MatchMembers {

    /**
     * Returns the match with the professionals who have an active signal in it: on the child of a
     * child match, or on either child of a family match. Empty when the match does not exist or
     * has ended.
     */
    Optional<ActiveMatch> findActive(UUID matchId);

    /**
     * An active match and its members, ordered by professional id.
     *
     * @param since the day the match was made
     */
    record ActiveMatch(UUID id, MatchType type, LocalDate since, List<Member> members) {

        public ActiveMatch {
            members = List.copyOf(members);
        }

        /** Returns whether the professional has an active signal in this match. */
        public boolean hasMember(UUID professionalId) {
            return members.stream().anyMatch(member -> member.professionalId().equals(professionalId));
        }
    }

    /**
     * A professional in a match.
     *
     * @param signalIds the professional's active signals in the match, two when a professional of a
     *     family match registered both children
     */
    record Member(UUID professionalId, List<UUID> signalIds) {

        public Member {
            signalIds = List.copyOf(signalIds);
        }
    }
}
