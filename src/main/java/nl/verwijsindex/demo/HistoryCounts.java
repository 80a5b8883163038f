package nl.verwijsindex.demo;

import nl.verwijsindex.notification.DemoHistoryOutbox;
import org.jspecify.annotations.Nullable;

/** Counts of the demo history's generated activity, for its closing log line and its tests. */
final class HistoryCounts {

    int registered;
    /** Requests for a child that the professional had an active signal on already. */
    int repeated;
    /** Requests that a rule rejected, for example for a child who turned 23. */
    int rejected;

    int endedRiskGone;
    int expired;
    int childMatches;
    int familyMatches;
    /** Matches with members of organisations in more than one municipality. */
    int crossBorderMatches;
    /** Children whose signals still active at the end belong to 4 or more professionals. */
    int childrenWithFourOrMoreProfessionals;

    HistoryCoordination.@Nullable CoordinationCounts coordination;
    DemoHistoryOutbox.@Nullable WithheldCounts withheld;

    @Override
    public String toString() {
        return registered + " signals registered (" + repeated + " repeated and " + rejected + " rejected requests), "
                + endedRiskGone + " ended because the risk was gone, " + expired + " expired, " + childMatches
                + " child matches and " + familyMatches + " family matches (" + crossBorderMatches
                + " across municipality borders), " + childrenWithFourOrMoreProfessionals
                + " children with 4 or more professionals; coordination: " + coordination + "; withheld: " + withheld;
    }
}
