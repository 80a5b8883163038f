package nl.verwijsindex.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * The counts of one measure with a mark on each count that is hidden. Row {@link #TOTAL} is the total
 * and row {@code i + 1} the organisation kind with ordinal {@code i}. Each column is a month, or the
 * whole range. A new grid hides every count below {@link Suppression#MINIMUM}.
 */
final class CountGrid {

    static final int TOTAL = 0;

    private final int[][] counts;
    private final boolean[][] hidden;

    CountGrid(int[][] counts) {
        this.counts = new int[counts.length][];
        this.hidden = new boolean[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            this.counts[row] = counts[row].clone();
            this.hidden[row] = new boolean[counts[row].length];
            for (int column = 0; column < counts[row].length; column++) {
                hidden[row][column] = counts[row][column] < Suppression.MINIMUM;
            }
        }
    }

    /** Builds a grid with a column for each of the counts, in their order. */
    static CountGrid of(List<KindCounts> columns) {
        var kinds = OrganisationKind.values();
        var counts = new int[kinds.length + 1][columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            var kindCounts = columns.get(column);
            counts[TOTAL][column] = kindCounts.total();
            for (var kind : kinds) {
                counts[kind.ordinal() + 1][column] = kindCounts.of(kind);
            }
        }
        return new CountGrid(counts);
    }

    int rows() {
        return counts.length;
    }

    int columns() {
        return counts[0].length;
    }

    int count(int row, int column) {
        return counts[row][column];
    }

    boolean hidden(int row, int column) {
        return hidden[row][column];
    }

    /**
     * Hides a count.
     *
     * @return whether it was shown before
     */
    boolean hide(int row, int column) {
        boolean wasShown = !hidden[row][column];
        hidden[row][column] = true;
        return wasShown;
    }

    /** Returns the cells of a column as shown, the total first. */
    List<Cell> column(int column) {
        var cells = new ArrayList<Cell>();
        for (int row = 0; row < rows(); row++) {
            cells.add(hidden[row][column] ? Cell.SUPPRESSED : Cell.count(counts[row][column]));
        }
        return cells;
    }
}
