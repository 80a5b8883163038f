package nl.verwijsindex.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The coordination state of matches, which the match pages and the API show. Matching declares it
 * and the module that runs coordination implements it, so that matching does not depend on that
 * module.
 */
public interface MatchCoordination {

    /**
     * Returns the state of each of the professional's matches, as that professional sees it. A match
     * on which nobody acted yet has status {@code NEW}. Ended matches and matches without the
     * professional as a member are left out of the map.
     */
    Map<UUID, Summary> summaries(UUID professionalId, Collection<UUID> matchIds);

    /**
     * The coordination of one match.
     *
     * @param proposedCoordinatorId the professional asked to coordinate, who has not responded yet
     * @param proposableProfessionalIds the members that may be proposed: not of a signal-only
     *     organisation, not the coordinator and not the member proposed already, in the order of the
     *     match's members
     * @param contactRecordedOn the day the viewing professional recorded that contact was made, or
     *     null when they have not
     */
    record Summary(
            CoordinationStatus status,
            @Nullable UUID proposedCoordinatorId,
            @Nullable UUID coordinatorId,
            List<UUID> proposableProfessionalIds,
            @Nullable LocalDate contactRecordedOn) {

        public Summary {
            proposableProfessionalIds = List.copyOf(proposableProfessionalIds);
        }
    }
}
