package nl.verwijsindex.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules that keep small numbers out of the statistics. A count below {@link #MINIMUM}, 0
 * included, is suppressed, so that no reader can tell an absent group from a small one. When a total
 * is shown and exactly one of its parts is suppressed, the smallest part still shown is suppressed
 * too, so that the suppressed part cannot be found by subtracting the others from the total.
 */
final class Suppression {

    /** The smallest count that is shown. */
    static final int MINIMUM = 5;

    private Suppression() {}

    static Cell count(int count) {
        return count < MINIMUM ? Cell.SUPPRESSED : Cell.count(count);
    }

    /**
     * Suppresses a total and its parts.
     *
     * @return the total's cell followed by one cell per part, in the order of {@code parts}
     */
    static List<Cell> totalAndParts(int total, List<Integer> parts) {
        var cells = new ArrayList<Cell>();
        cells.add(count(total));
        parts.forEach(part -> cells.add(count(part)));

        long suppressedParts =
                cells.subList(1, cells.size()).stream().filter(Cell::suppressed).count();
        if (!cells.get(0).suppressed() && suppressedParts == 1) {
            int smallest = smallestShownPart(parts, cells);
            if (smallest >= 0) {
                cells.set(smallest + 1, Cell.SUPPRESSED);
            }
        }
        return cells;
    }

    /**
     * Returns the share of crossing among all counted, as a percentage, or a suppressed cell unless
     * both the crossing and the other count are at least {@link #MINIMUM}.
     */
    static Cell share(int crossing, int notCrossing) {
        if (crossing < MINIMUM || notCrossing < MINIMUM) {
            return Cell.SUPPRESSED;
        }
        return Cell.percentage(crossing, crossing + notCrossing);
    }

    /** Returns the index of the smallest part still shown, the first one on a tie, or -1 when none is shown. */
    private static int smallestShownPart(List<Integer> parts, List<Cell> cells) {
        int smallest = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (!cells.get(i + 1).suppressed() && (smallest < 0 || parts.get(i) < parts.get(smallest))) {
                smallest = i;
            }
        }
        return smallest;
    }
}
