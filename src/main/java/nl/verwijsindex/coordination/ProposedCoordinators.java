package nl.verwijsindex.coordination;

import java.util.Optional;
import java.util.UUID;

/** Reads the open proposals for a coordinator, for modules that tell members about a match. */
public interface ProposedCoordinators {

    /**
     * Returns the professional proposed as coordinator of the match who has not accepted or
     * declined yet. Empty when nobody is proposed or the match has no coordination yet. Joins the
     * caller's transaction, so it sees a proposal stored earlier in that transaction.
     */
    Optional<UUID> find(UUID matchId);
}
