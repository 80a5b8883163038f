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
     * A match with the professionals of all its member signals that still exist.
     *
     * @param endedOn the day the match ended, or {@code null} while it is active
     * @param professionalIds the professionals of the members, in the order they joined, then by id
     */
    record SignalMatch(
            UUID id,
            MatchType type,
            LocalDate since,
            @Nullable LocalDate endedOn,
            List<UUID> professionalIds) {

        public SignalMatch {
            professionalIds = List.copyOf(professionalIds);
        }
    }
}
