package nl.verwijsindex.reporting.internal;

import java.time.YearMonth;
import java.util.Map;

/**
 * The counts of an area before suppression.
 *
 * @param monthly the counts of each monthly {@link Measure}, with an entry for every month of the range
 * @param activeBeforeRange the signals active at the end of the month before the range, which the
 *     suppression needs and the tables do not show
 * @param crossingMatches the child and family matches made in the range whose members' organisations
 *     belong to more than one municipality
 * @param otherMatches the other matches made in the range
 * @param childrenWithFourProfessionals the children with active signals of 4 or more professionals on
 *     the range's last day that has passed
 */
record RawStatistics(
        StatisticsRange range,
        Map<Measure, Map<YearMonth, KindCounts>> monthly,
        KindCounts activeBeforeRange,
        KindCounts crossingMatches,
        KindCounts otherMatches,
        KindCounts childrenWithFourProfessionals) {}
