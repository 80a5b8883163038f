package nl.verwijsindex.reporting.internal;

import java.util.List;
import java.util.Map;

/**
 * The rules that keep small numbers out of the statistics, and out of what a reader can compute from
 * the numbers that are shown. A count below {@link #MINIMUM}, 0 included, is hidden, so that no
 * reader can tell an absent group from a small one. Three more rules hide further counts:
 *
 * <ul>
 *   <li>{@link #protectParts}: a shown total minus its shown parts must not give a sum from 0 to 4 of
 *       the hidden parts. A reader knows which kinds of organisation an area has none of, so those
 *       zeros are no protection.
 *   <li>{@link #protectFlows}: signals active at the end of a month are those active at the end of the
 *       month before, plus those registered, minus those ended. When one of these four is hidden, the
 *       registered and ended signals are hidden too, in the total row as in each kind's row.
 *   <li>{@link #hideRegionDifferences}: an officer reads both their municipality and their region, so
 *       a region's count minus one municipality's count must not be from 1 to 4.
 * </ul>
 *
 * <p>Hiding only ever adds hidden cells, so repeating the first two rules until nothing changes ends.
 */
final class Suppression {

    /** The smallest count that is shown. */
    static final int MINIMUM = 5;

    private Suppression() {}

    static Cell count(int count) {
        return count < MINIMUM ? Cell.SUPPRESSED : Cell.count(count);
    }

    /**
     * Returns the share of crossing among all counted, as a percentage, or a hidden share unless both
     * the crossing and the other count are at least {@link #MINIMUM}.
     */
    static Cell share(int crossing, int notCrossing) {
        if (crossing < MINIMUM || notCrossing < MINIMUM) {
            return Cell.SUPPRESSED_SHARE;
        }
        return Cell.percentage(crossing, crossing + notCrossing);
    }

    /**
     * Applies {@link #protectParts} to every grid and {@link #protectFlows} to the signals, again and
     * again until neither hides a cell. A rule only hides a shown cell, whose count is 5 or more, so a
     * column whose hidden parts reached 5 stays protected, and with these two rules the second round
     * hides nothing. The loop stays so that a rule added later cannot leave a column unprotected.
     *
     * @param grids the grids of the area, which must include the registered, ended and active signals
     * @return the number of rounds that hid a cell
     */
    static int protect(Map<Measure, CountGrid> grids) {
        int rounds = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var grid : grids.values()) {
                changed |= protectParts(grid);
            }
            changed |= protectFlows(
                    grids.get(Measure.SIGNALS_REGISTERED),
                    grids.get(Measure.SIGNALS_ENDED),
                    grids.get(Measure.SIGNALS_ACTIVE));
            if (changed) {
                rounds++;
            }
        }
        return rounds;
    }

    /**
     * Hides shown parts while a column's hidden parts add up to less than {@link #MINIMUM}, smallest
     * shown part first, in every column whose total is shown and has at least one hidden part. For
     * signals the parts add up to the total, so the hidden sum is the total minus the shown parts. A
     * match or child can count under more than one kind, so there the hidden sum is the rule's bound
     * and subtraction gives a reader only a lower limit. When no shown part is left, the total is
     * hidden.
     *
     * @return whether a cell was hidden
     */
    static boolean protectParts(CountGrid grid) {
        boolean changed = false;
        for (int column = 0; column < grid.columns(); column++) {
            changed |= protectParts(grid, column);
        }
        return changed;
    }

    private static boolean protectParts(CountGrid grid, int column) {
        if (grid.hidden(CountGrid.TOTAL, column)) {
            return false;
        }
        boolean anyHidden = false;
        long hiddenSum = 0;
        for (int row = 1; row < grid.rows(); row++) {
            if (grid.hidden(row, column)) {
                anyHidden = true;
                hiddenSum += grid.count(row, column);
            }
        }
        if (!anyHidden) {
            return false;
        }

        boolean changed = false;
        while (hiddenSum < MINIMUM) {
            int smallest = smallestShownPart(grid, column);
            if (smallest < 0) {
                grid.hide(CountGrid.TOTAL, column);
                return true;
            }
            grid.hide(smallest, column);
            hiddenSum += grid.count(smallest, column);
            changed = true;
        }
        return changed;
    }

    /**
     * Hides the registered and ended signals of a row and month whenever one of the four cells linked
     * by active(m) = active(m - 1) + registered(m) - ended(m) is hidden. Hiding registered and ended
     * together also covers a hidden active count: with only it hidden, the other three give its value,
     * and with both active counts hidden, the difference of registered and ended gives theirs.
     *
     * <p>The first month of the range is safe only because {@code active} starts with the month
     * before the range, which is not shown. Without it, a reader would compute the active count before
     * the range from the first month's three shown cells, and that count may be hidden in a range
     * that starts one month earlier.
     *
     * @param registered the registered signals, a column per month of the range
     * @param ended the ended signals, a column per month of the range
     * @param active the active signals, a column for the month before the range and then one per month
     * @return whether a cell was hidden
     */
    static boolean protectFlows(CountGrid registered, CountGrid ended, CountGrid active) {
        boolean changed = false;
        for (int row = 0; row < registered.rows(); row++) {
            for (int month = 0; month < registered.columns(); month++) {
                boolean anyHidden = active.hidden(row, month)
                        || active.hidden(row, month + 1)
                        || registered.hidden(row, month)
                        || ended.hidden(row, month);
                if (anyHidden) {
                    changed |= registered.hide(row, month);
                    changed |= ended.hide(row, month);
                }
            }
        }
        return changed;
    }

    /**
     * Hides each cell of a region where the region's count minus a municipality's count is from 1 to
     * 4, for any municipality of the region. The region's page hides it for every municipality,
     * because the page cannot tell which municipality's officer reads it.
     *
     * @param municipalities the same measure of each municipality of the region, with the same columns
     */
    static void hideRegionDifferences(CountGrid region, List<CountGrid> municipalities) {
        for (var municipality : municipalities) {
            for (int row = 0; row < region.rows(); row++) {
                for (int column = 0; column < region.columns(); column++) {
                    int rest = region.count(row, column) - municipality.count(row, column);
                    if (rest >= 1 && rest < MINIMUM) {
                        region.hide(row, column);
                    }
                }
            }
        }
    }

    /** Returns the row of the smallest shown part of the column, the first one on a tie, or -1 when none is shown. */
    private static int smallestShownPart(CountGrid grid, int column) {
        int smallest = -1;
        for (int row = 1; row < grid.rows(); row++) {
            if (!grid.hidden(row, column) && (smallest < 0 || grid.count(row, column) < grid.count(smallest, column))) {
                smallest = row;
            }
        }
        return smallest;
    }
}
