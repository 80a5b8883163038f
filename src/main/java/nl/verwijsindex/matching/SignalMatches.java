package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the matches that signals are or were part of, for the inspection letter of a rights request. */
public interface SignalMatches {

    /** Returns every match, active and ended, with one of the signals as a member, oldest first. */
    List<SignalMatch> of(Collection<UUID> signalIds);

    /**
     * A match with all its member signals that still exist.
     *
     * @param endedOn the day the match ended, or {@code null} while it is active
     * @param members the member signals, in the order they joined, then by professional id
     */
    record SignalMatch(
            UUID id,
            MatchType type,
            LocalDate since,
            @Nullable LocalDate endedOn,
            List<Member> members) {

        public SignalMatch {
            members = List.copyOf(members);
        }
    }

    /**
     * A signal in a match and its professional. In a family match some members are signals on the
     * other child.
     */
    record Member(UUID signalId, UUID professionalId) {}
}
