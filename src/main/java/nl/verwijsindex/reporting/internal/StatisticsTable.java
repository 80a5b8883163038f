package nl.verwijsindex.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** Builds the tables of a municipality's measures, in the order of {@link Measure}. */
    static List<StatisticsTable> of(RawStatistics statistics) {
        return of(statistics, List.of());
    }

    /**
     * Builds the tables of every measure, in the order of {@link Measure}, and applies every rule of
     * {@link Suppression}.
     *
     * @param municipalities for a region, the counts of each of its municipalities over the same range;
     *     empty for a municipality
     */
    static List<StatisticsTable> of(RawStatistics statistics, List<RawStatistics> municipalities) {
        var grids = grids(statistics);
        var crossing = CountGrid.of(List.of(statistics.crossingMatches()));
        var other = CountGrid.of(List.of(statistics.otherMatches()));
        for (var measure : grids.keySet()) {
            var parts = municipalities.stream()
                    .map(municipality -> grids(municipality).get(measure))
                    .toList();
            Suppression.hideRegionDifferences(grids.get(measure), parts);
        }
        Suppression.hideRegionDifferences(crossing, grids(municipalities, RawStatistics::crossingMatches));
        Suppression.hideRegionDifferences(other, grids(municipalities, RawStatistics::otherMatches));

        // Every rule reads one month at a time, and the flow rule also reads the active signals of the
        // month before, which the grids hold for the first month of the range too. So a month's cells
        // are the same in every range that contains it, and no earlier months need to be counted.
        Suppression.protect(grids);

        var tables = new ArrayList<StatisticsTable>();
        var months = statistics.range().months();
        for (var measure : Measure.values()) {
            if (measure == Measure.CROSSING_SHARE) {
                tables.add(new StatisticsTable(measure, List.of(), rows(List.of(shares(crossing, other)))));
                continue;
            }
            var grid = grids.get(measure);
            // The active signals start with the month before the range, which is not shown.
            int firstColumn = measure == Measure.SIGNALS_ACTIVE ? 1 : 0;
            var columns = new ArrayList<List<Cell>>();
            for (int column = firstColumn; column < grid.columns(); column++) {
                columns.add(grid.column(column));
            }
            tables.add(new StatisticsTable(measure, measure.monthly() ? months : List.of(), rows(columns)));
        }
        return tables;
    }

    /** Returns the table's total row. */
    Row total() {
        return rows.get(0);
    }

    /**
     * Returns a grid of counts for each measure but the share, with every count below the minimum
     * hidden. The active signals get an extra first column for the month before the range.
     */
    private static Map<Measure, CountGrid> grids(RawStatistics statistics) {
        var grids = new EnumMap<Measure, CountGrid>(Measure.class);
        var months = statistics.range().months();
        for (var measure : Measure.values()) {
            if (measure.monthly()) {
                var columns = new ArrayList<KindCounts>();
                if (measure == Measure.SIGNALS_ACTIVE) {
                    columns.add(statistics.activeBeforeRange());
                }
                months.forEach(
                        month -> columns.add(statistics.monthly().get(measure).get(month)));
                grids.put(measure, CountGrid.of(columns));
            } else if (measure == Measure.CHILDREN_WITH_FOUR_PROFESSIONALS) {
                grids.put(measure, CountGrid.of(List.of(statistics.childrenWithFourProfessionals())));
            }
        }
        return grids;
    }

    private static List<CountGrid> grids(
            List<RawStatistics> municipalities, Function<RawStatistics, KindCounts> counts) {
        return municipalities.stream()
                .map(municipality -> CountGrid.of(List.of(counts.apply(municipality))))
                .toList();
    }

    /**
     * Returns the share of each row, hidden where its crossing or other matches are hidden.
     *
     * <p>NOTE: the share is computed per range and not protected against a second range. The shares of
     * two ranges one month apart, times their numbers of matches from the shown monthly totals, give
     * the crossing matches of that month, which may be 1 to 4.
     */
    private static List<Cell> shares(CountGrid crossing, CountGrid other) {
        var cells = new ArrayList<Cell>();
        for (int row = 0; row < crossing.rows(); row++) {
            if (crossing.hidden(row, 0) || other.hidden(row, 0)) {
                cells.add(Cell.SUPPRESSED_SHARE);
            } else {
                cells.add(Suppression.share(crossing.count(row, 0), other.count(row, 0)));
            }
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
