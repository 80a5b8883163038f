package nl.verwijsindex.coordination.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.coordination.OverseenMatches;
import nl.verwijsindex.coordination.OverseenMatches.OverseenMatch;
import nl.verwijsindex.coordination.OverseenMatches.OverseenMember;
import nl.verwijsindex.organisations.MatchContactDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lists the active matches concerning a child registered in a municipality on which no member
 * recorded contact for the municipality's {@code match_contact_days} or more, oldest first. A
 * match made on day D with 14 days is listed from day D + 14. The municipality of each child is
 * the one the population register named when the match was last checked.
 *
 * <p>NOTE: a match is checked when a member joins it, so a child who moves afterwards stays under
 * the old municipality until the next member joins, and matches made before the table {@code
 * overseen_matches} existed are never listed.
 */
@Component
class OversightList {

    /** The maximum number of matches one page shows. The page states the total. */
    static final int MAX_SHOWN = 100;

    private final OversightRepository oversight;
    private final OverseenMatches matches;
    private final MatchContactDays contactDays;

    OversightList(OversightRepository oversight, OverseenMatches matches, MatchContactDays contactDays) {
        this.oversight = oversight;
        this.matches = matches;
        this.contactDays = contactDays;
    }

    /**
     * Returns the municipality's list on the day.
     *
     * @throws IllegalArgumentException when no municipality has this id
     */
    MatchesWithoutContact of(UUID municipalityId, String municipalityCode, LocalDate today) {
        int days = contactDays
                .of(municipalityId)
                .orElseThrow(() -> new IllegalArgumentException("No municipality " + municipalityId));

        // NOTE: every candidate is read to leave out ended matches, so that the total is exact. That is
        // one read per match without contact in the municipality, which a busy municipality may feel.
        var listed = oversight.withoutContact(municipalityCode, today.minusDays(days)).stream()
                .map(candidate -> matches.find(candidate.matchId()))
                .flatMap(Optional::stream)
                .map(match -> ListedMatch.of(match, today))
                .toList();
        var shown = listed.subList(0, Math.min(listed.size(), MAX_SHOWN));
        return new MatchesWithoutContact(days, listed.size(), shown);
    }

    /**
     * The list of one municipality.
     *
     * @param days the municipality's setting {@code match_contact_days}
     * @param total how many matches qualify, of which {@code shown} contains the oldest
     */
    record MatchesWithoutContact(int days, int total, List<ListedMatch> shown) {

        MatchesWithoutContact {
            shown = List.copyOf(shown);
        }
    }

    /**
     * A listed match.
     *
     * @param daysWithoutContact the days since the match was made, all of them without recorded contact
     * @param proposedCoordinatorName the name of the member asked to coordinate, or null
     * @param coordinatorName the name of the member who coordinates, or null
     */
    record ListedMatch(
            OverseenMatch match,
            long daysWithoutContact,
            @Nullable String proposedCoordinatorName,
            @Nullable String coordinatorName) {

        static ListedMatch of(OverseenMatch match, LocalDate today) {
            return new ListedMatch(
                    match,
                    ChronoUnit.DAYS.between(match.madeOn(), today),
                    nameOf(match, match.proposedCoordinatorId()),
                    nameOf(match, match.coordinatorId()));
        }

        private static @Nullable String nameOf(OverseenMatch match, @Nullable UUID professionalId) {
            return match.member(professionalId)
                    .map(OverseenMember::professionalName)
                    .orElse(null);
        }
    }
}
