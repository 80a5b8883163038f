package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the matches made in a period, for the statistics of municipalities and regions. The results
 * name the members' professionals, never a child or a signal.
 */
public interface MatchStatistics {

    /**
     * Returns the matches made from {@code from} to {@code to}, both included, that have a member of one
     * of the given professionals, each with every member's professional. A match ended since is
     * still returned; a match deleted with its child's data is not.
     */
    List<MadeMatch> madeBetween(LocalDate from, LocalDate to, Collection<UUID> professionalIds);

    /**
     * A match and the professionals of its members.
     *
     * @param madeOn the day the match was made
     */
    record MadeMatch(MatchType type, LocalDate madeOn, Set<UUID> professionalIds) {}
}
