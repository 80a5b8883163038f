package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verwijsindex.organisations.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * Builds the tables of every range inside two years of random small counts and compares each month's
 * cells with the same month in the range of both years. Small counts make many cells hidden, so a
 * rule that looked only at the requested months would hide different cells in a range that starts
 * later.
 */
class StatisticsRangeIndependenceTests {

    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 12);
    private static final int TRIALS = 40;

    @Test
    void everyRangeShowsSameMonthCells() {
        var random = new Random(20261205);
        var differences = new ArrayList<String>();
        int compared = 0;
        int hiddenCompared = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            var first = randomCounts(random);
            var second = randomCounts(random);
            var region = sum(first, second);
            var whole = new StatisticsRange(FIRST, LAST);
            var municipalityCells = cells(StatisticsTable.of(raw(first, whole)), whole);
            var regionCells = cells(
                    StatisticsTable.of(raw(region, whole), List.of(raw(first, whole), raw(second, whole))), whole);

            for (var from = FIRST; !from.isAfter(LAST); from = from.plusMonths(1)) {
                for (var to = from; !to.isAfter(LAST); to = to.plusMonths(1)) {
                    var range = new StatisticsRange(from, to);
                    var municipality = cells(StatisticsTable.of(raw(first, range)), range);
                    var regionTables =
                            StatisticsTable.of(raw(region, range), List.of(raw(first, range), raw(second, range)));
                    var regionPart = cells(regionTables, range);
                    for (var entry : municipality.entrySet()) {
                        compared++;
                        if (entry.getValue().suppressed()) {
                            hiddenCompared++;
                        }
                        if (!entry.getValue().equals(municipalityCells.get(entry.getKey()))) {
                            differences.add("trial %d municipality %s in %s".formatted(trial, entry.getKey(), range));
                        }
                    }
                    for (var entry : regionPart.entrySet()) {
                        compared++;
                        if (!entry.getValue().equals(regionCells.get(entry.getKey()))) {
                            differences.add("trial %d region %s in %s".formatted(trial, entry.getKey(), range));
                        }
                    }
                }
            }
        }

        assertThat(compared).as("cells compared").isPositive();
        assertThat(hiddenCompared).as("hidden cells compared").isPositive();
        assertThat(differences).isEmpty();
    }

    /**
     * Returns random counts of each monthly measure from the month before {@link #FIRST} to
     * {@link #LAST}, from 0 to 12 for each kind, so that about a third of them is below 5.
     */
    private static Map<Measure, Map<YearMonth, KindCounts>> randomCounts(Random random) {
        var counts = new EnumMap<Measure, Map<YearMonth, KindCounts>>(Measure.class);
        for (var measure : Measure.values()) {
            if (!measure.monthly()) {
                continue;
            }
            var months = new LinkedHashMap<YearMonth, KindCounts>();
            for (var month = FIRST.minusMonths(1); !month.isAfter(LAST); month = month.plusMonths(1)) {
                var kindCounts = new KindCounts();
                if (measure == Measure.CHILD_MATCHES || measure == Measure.FAMILY_MATCHES) {
                    int matches = random.nextInt(13);
                    for (int match = 0; match < matches; match++) {
                        kindCounts.addOnce(randomKinds(random));
                    }
                } else {
                    for (var kind : OrganisationKind.values()) {
                        kindCounts.add(kind, random.nextInt(13));
                    }
                }
                months.put(month, kindCounts);
            }
            counts.put(measure, months);
        }
        return counts;
    }

    private static EnumSet<OrganisationKind> randomKinds(Random random) {
        var kinds = EnumSet.noneOf(OrganisationKind.class);
        var all = OrganisationKind.values();
        kinds.add(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
            kinds.add(all[random.nextInt(all.length)]);
        }
        return kinds;
    }

    private static Map<Measure, Map<YearMonth, KindCounts>> sum(
            Map<Measure, Map<YearMonth, KindCounts>> first, Map<Measure, Map<YearMonth, KindCounts>> second) {
        var sum = new EnumMap<Measure, Map<YearMonth, KindCounts>>(Measure.class);
        for (var measure : first.keySet()) {
            var months = new LinkedHashMap<YearMonth, KindCounts>();
            for (var month : first.get(measure).keySet()) {
                var kindCounts = new KindCounts();
                for (var part : List.of(
                        first.get(measure).get(month), second.get(measure).get(month))) {
                    for (var kind : OrganisationKind.values()) {
                        kindCounts.add(kind, part.of(kind));
                    }
                }
                months.put(month, kindCounts);
            }
            sum.put(measure, months);
        }
        return sum;
    }

    /** Returns the counts of the range's months, as the calculator would for that range. */
    private static RawStatistics raw(Map<Measure, Map<YearMonth, KindCounts>> counts, StatisticsRange range) {
        var monthly = new EnumMap<Measure, Map<YearMonth, KindCounts>>(Measure.class);
        for (var measure : counts.keySet()) {
            var months = new LinkedHashMap<YearMonth, KindCounts>();
            range.months()
                    .forEach(month -> months.put(month, counts.get(measure).get(month)));
            monthly.put(measure, months);
        }
        var activeBeforeRange =
                counts.get(Measure.SIGNALS_ACTIVE).get(range.from().minusMonths(1));
        return new RawStatistics(
                range, monthly, activeBeforeRange, new KindCounts(), new KindCounts(), new KindCounts());
    }

    /** Returns the cells of every monthly measure, keyed by measure, row and month. */
    private static Map<String, Cell> cells(List<StatisticsTable> tables, StatisticsRange range) {
        var cells = new HashMap<String, Cell>();
        for (var table : tables) {
            if (!table.measure().monthly()) {
                continue;
            }
            for (var row : table.rows()) {
                var kind = row.kind() == null ? "total" : row.kind().name();
                for (int column = 0; column < range.months().size(); column++) {
                    var key = "%s %s %s"
                            .formatted(
                                    table.measure().code(), kind, range.months().get(column));
                    cells.put(key, row.cells().get(column));
                }
            }
        }
        return cells;
    }
}
