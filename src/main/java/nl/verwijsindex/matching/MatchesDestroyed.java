package nl.verwijsindex.matching;

import java.util.List;
import java.util.UUID;

/**
 * Matches of a child whose traces are being destroyed, active and ended, published synchronously
 * just before matching deletes them in the same transaction. A module that keeps rows per match
 * deletes them in a plain {@code @EventListener}, so that either all go or nothing does.
 *
 * @param matchIds the matches, never empty
 */
public record MatchesDestroyed(List<UUID> matchIds) {

    public MatchesDestroyed {
        matchIds = List.copyOf(matchIds);
    }
}
