package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests overlapping ranges of every area of the generated data set and compares the months they share.
 * A month whose cell is hidden in one range and shown in another would let a reader who requests both
 * ranges see a hidden count.
 */
class StatisticsOverlappingRangesIntegrationTests extends IntegrationTest {

    private static final SignedInAccount ADMINISTRATOR =
            new SignedInAccount(UUID.randomUUID(), "Beheer", AccountRole.FUNCTIONAL_ADMINISTRATOR, null, null, null);

    /**
     * The ranges to compare: the whole data set and a month before it, one that starts later, one that
     * ends earlier, one inside the others, one that starts in the month without registrations, and
     * single months.
     */
    private static final List<StatisticsRange> RANGES = List.of(
            new StatisticsRange(YearMonth.of(2025, 10), YearMonth.of(2026, 12)),
            new StatisticsRange(YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
            new StatisticsRange(YearMonth.of(2025, 11), YearMonth.of(2026, 8)),
            new StatisticsRange(YearMonth.of(2026, 3), YearMonth.of(2026, 10)),
            new StatisticsRange(YearMonth.of(2026, 2), YearMonth.of(2026, 4)),
            new StatisticsRange(YearMonth.of(2026, 6), YearMonth.of(2026, 6)),
            new StatisticsRange(YearMonth.of(2026, 12), YearMonth.of(2026, 12)));

    private static final List<String> MUNICIPALITY_CODES = List.of("0363", "1901", "1902", "0479", "1903");

    @Autowired
    StatisticsReport report;

    @Autowired
    Areas areas;

    StatisticsDataSet dataSet;

    @BeforeEach
    void createDataSet() {
        dataSet = new StatisticsDataSet(jdbc);
        dataSet.delete();
        dataSet.create();
    }

    @AfterEach
    void deleteDataSet() {
        dataSet.delete();
    }

    @Test
    void sharedMonthsShowSameCells() {
        var differences = new ArrayList<String>();
        int compared = 0;
        int hiddenCompared = 0;
        int shownCompared = 0;
        for (var area : allAreas()) {
            // The first cell seen for each measure, row and month, and the range it came from.
            var firstCells = new HashMap<String, Cell>();
            var firstRanges = new HashMap<String, StatisticsRange>();
            for (var range : RANGES) {
                for (var entry : monthlyCells(area, range).entrySet()) {
                    var key = entry.getKey();
                    var cell = entry.getValue();
                    var earlier = firstCells.putIfAbsent(key, cell);
                    if (earlier == null) {
                        firstRanges.put(key, range);
                        continue;
                    }
                    compared++;
                    if (cell.suppressed()) {
                        hiddenCompared++;
                    } else {
                        shownCompared++;
                    }
                    if (!earlier.equals(cell)) {
                        differences.add("%s %s: %s in %s, %s in %s"
                                .formatted(area.name(), key, show(earlier), firstRanges.get(key), show(cell), range));
                    }
                }
            }
        }

        assertThat(compared).as("cells compared").isPositive();
        assertThat(hiddenCompared).as("hidden cells compared").isPositive();
        assertThat(shownCompared).as("shown cells compared").isPositive();
        assertThat(differences).isEmpty();
    }

    /** Returns the cells of every monthly measure, keyed by measure, row and month. */
    private Map<String, Cell> monthlyCells(Area area, StatisticsRange range) {
        var cells = new HashMap<String, Cell>();
        for (var table : report.tables(area, range)) {
            if (!table.measure().monthly()) {
                continue;
            }
            for (var row : table.rows()) {
                var kind = row.kind() == null ? "total" : row.kind().name();
                for (int column = 0; column < table.months().size(); column++) {
                    var key = "%s %s %s"
                            .formatted(
                                    table.measure().code(), kind, table.months().get(column));
                    cells.put(key, row.cells().get(column));
                }
            }
        }
        assertThat(cells).as("monthly cells of %s in %s", area.name(), range).hasSize(monthlyCellCount(range));
        return cells;
    }

    private static int monthlyCellCount(StatisticsRange range) {
        int monthlyMeasures = 0;
        for (var measure : Measure.values()) {
            if (measure.monthly()) {
                monthlyMeasures++;
            }
        }
        int rows = OrganisationKind.values().length + 1;
        return monthlyMeasures * rows * range.months().size();
    }

    private static String show(Cell cell) {
        return cell.suppressed() ? "hidden" : cell.plain();
    }

    private List<Area> allAreas() {
        var all = new ArrayList<Area>();
        MUNICIPALITY_CODES.forEach(code -> all.add(areas.municipality(ADMINISTRATOR, code)));
        all.add(areas.region(ADMINISTRATOR, StatisticsDataSet.NORTH));
        all.add(areas.region(ADMINISTRATOR, StatisticsDataSet.SOUTH));
        return all;
    }
}
