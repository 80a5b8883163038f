package nl.verwijsindex.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.organisations.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * The suppressed values of one measure: a row for the total and one for each organisation kind, and a
 * column for each month, or one column for the whole range.
 *
 * @param months the months of the columns, or empty for a measure of the whole range
 */
record StatisticsTable(Measure measure, List<YearMonth> months, List<Row> rows) {

    /**
     * A row of the table.
     *
     * @param kind the organisation kind, or {@code null} for the total
     * @param cells one cell per column
     */
    record Row(@Nullable OrganisationKind kind, List<Cell> cells) {}

    /** Builds the tables of every measure, in the order of {@link Measure}. */
    static List<StatisticsTable> of(RawStatistics statistics) {
        var tables = new ArrayList<StatisticsTable>();
        for (var measure : Measure.values()) {
            if (measure.monthly()) {
                var months = statistics.range().months();
                var columns = months.stream()
                        .map(month -> column(statistics.monthly().get(measure).get(month)))
                        .toList();
                tables.add(new StatisticsTable(measure, months, rows(columns)));
            } else if (measure == Measure.CROSSING_SHARE) {
                tables.add(new StatisticsTable(measure, List.of(), rows(List.of(shares(statistics)))));
            } else {
                tables.add(new StatisticsTable(
                        measure, List.of(), rows(List.of(column(statistics.childrenWithFourProfessionals())))));
            }
        }
        return tables;
    }

    /** Returns the table's total row. */
    Row total() {
        return rows.get(0);
    }

    /** Returns the column's cells, the total first and then one per kind in the order of {@link OrganisationKind}. */
    private static List<Cell> column(KindCounts counts) {
        var parts = new ArrayList<Integer>();
        for (var kind : OrganisationKind.values()) {
            parts.add(counts.of(kind));
        }
        return Suppression.totalAndParts(counts.total(), parts);
    }

    private static List<Cell> shares(RawStatistics statistics) {
        var crossing = statistics.crossingMatches();
        var other = statistics.otherMatches();
        var cells = new ArrayList<Cell>();
        cells.add(Suppression.share(crossing.total(), other.total()));
        for (var kind : OrganisationKind.values()) {
            cells.add(Suppression.share(crossing.of(kind), other.of(kind)));
        }
        return cells;
    }

    /** Turns columns of cells, each the total and then the kinds, into rows. */
    private static List<Row> rows(List<List<Cell>> columns) {
        var rows = new ArrayList<Row>();
        rows.add(new Row(null, columns.stream().map(column -> column.get(0)).toList()));
        var kinds = OrganisationKind.values();
        for (int i = 0; i < kinds.length; i++) {
            int index = i + 1;
            rows.add(new Row(
                    kinds[i], columns.stream().map(column -> column.get(index)).toList()));
        }
        return rows;
    }
}
