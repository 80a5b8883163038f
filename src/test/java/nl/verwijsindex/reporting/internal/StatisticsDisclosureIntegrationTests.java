package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.testing.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tries, on the generated data set, to compute a hidden count from 0 to 4 out of the tables a reader
 * gets: a total minus its shown kinds, the link between active, registered and ended signals, and a
 * region's count minus a municipality's. Each attack uses only shown cells and the kinds of
 * organisation the area has, which the officer can see. A finding is a computed value from 0 to 4 that
 * equals the true count.
 */
class StatisticsDisclosureIntegrationTests extends IntegrationTest {

    private static final SignedInAccount ADMINISTRATOR =
            new SignedInAccount(UUID.randomUUID(), "Beheer", AccountRole.FUNCTIONAL_ADMINISTRATOR, null, null, null);

    private static final List<StatisticsRange> RANGES = List.of(
            new StatisticsRange(YearMonth.of(2025, 10), YearMonth.of(2026, 12)),
            new StatisticsRange(YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
            new StatisticsRange(YearMonth.of(2026, 6), YearMonth.of(2026, 9)));

    private static final List<String> MUNICIPALITY_CODES = List.of("0363", "1901", "1902", "0479", "1903");

    @Autowired
    StatisticsReport report;

    @Autowired
    StatisticsCalculator calculator;

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
    void subtractingShownKindsFindsNoSmallCount() {
        var findings = new ArrayList<String>();
        int attempts = 0;
        for (var range : RANGES) {
            for (var area : allAreas()) {
                var tables = report.tables(area, range);
                var raw = calculator.calculate(area, range);
                for (var measure : List.of(Measure.SIGNALS_REGISTERED, Measure.SIGNALS_ENDED, Measure.SIGNALS_ACTIVE)) {
                    attempts += subtractKinds(area, range, tables.get(measure.ordinal()), raw, findings);
                }
            }
        }

        assertThat(attempts).as("columns with a shown total and a hidden kind").isPositive();
        assertThat(findings).isEmpty();
    }

    @Test
    void activeRegisteredAndEndedFindNoSmallCount() {
        var findings = new ArrayList<String>();
        int hiddenCells = 0;
        for (var range : RANGES) {
            for (var area : allAreas()) {
                var tables = report.tables(area, range);
                var raw = calculator.calculate(area, range);
                hiddenCells += solveFlows(area, range, tables, raw, findings);
            }
        }

        assertThat(hiddenCells).as("hidden signal cells").isPositive();
        assertThat(findings).isEmpty();
    }

    @Test
    void regionMinusMunicipalityFindsNoSmallCount() {
        var findings = new ArrayList<String>();
        int comparisons = 0;
        for (var range : RANGES) {
            for (var regionId : List.of(StatisticsDataSet.NORTH, StatisticsDataSet.SOUTH)) {
                var region = areas.region(ADMINISTRATOR, regionId);
                var regionTables = report.tables(region, range);
                for (var municipality : areas.municipalitiesOf(region)) {
                    var municipalityTables = report.tables(municipality, range);
                    comparisons +=
                            subtractMunicipality(region, municipality, regionTables, municipalityTables, findings);
                }
            }
        }

        assertThat(comparisons)
                .as("cells shown in both the region and a municipality")
                .isPositive();
        assertThat(findings).isEmpty();
    }

    private List<Area> allAreas() {
        var all = new ArrayList<Area>();
        MUNICIPALITY_CODES.forEach(code -> all.add(areas.municipality(ADMINISTRATOR, code)));
        all.add(areas.region(ADMINISTRATOR, StatisticsDataSet.NORTH));
        all.add(areas.region(ADMINISTRATOR, StatisticsDataSet.SOUTH));
        return all;
    }

    /**
     * Subtracts the shown kinds from each shown total of a signal measure. The kinds the area has no
     * organisation of are known to be 0, so when one other kind is hidden the rest is its count, and
     * when the rest is 0 every hidden kind is 0.
     *
     * @return the number of columns attacked
     */
    private static int subtractKinds(
            Area area, StatisticsRange range, StatisticsTable table, RawStatistics raw, List<String> findings) {
        var knownZeros = knownZeros(area);
        int attacked = 0;
        for (int column = 0; column < table.months().size(); column++) {
            var total = table.total().cells().get(column);
            if (total.suppressed()) {
                continue;
            }
            long rest = total.value().longValueExact();
            var unknown = new ArrayList<OrganisationKind>();
            for (var row : table.rows().subList(1, table.rows().size())) {
                var cell = row.cells().get(column);
                if (!cell.suppressed()) {
                    rest -= cell.value().longValueExact();
                } else if (!knownZeros.contains(row.kind())) {
                    unknown.add(row.kind());
                }
            }
            if (unknown.isEmpty()) {
                continue;
            }
            attacked++;
            var month = table.months().get(column);
            var counts = raw.monthly().get(table.measure()).get(month);
            if (unknown.size() == 1) {
                var kind = unknown.get(0);
                check(rest, counts.of(kind), area, range, table.measure(), kind, month, findings);
            } else if (rest == 0) {
                for (var kind : unknown) {
                    check(0, counts.of(kind), area, range, table.measure(), kind, month, findings);
                }
            }
        }
        return attacked;
    }

    /**
     * Uses active(m) = active(m - 1) + registered(m) - ended(m) in each row: with one of the four cells
     * hidden, the other three give it. In the first month the active count before the range is not
     * shown, so three shown cells give that count.
     *
     * @return the number of hidden registered, ended and active cells
     */
    private static int solveFlows(
            Area area, StatisticsRange range, List<StatisticsTable> tables, RawStatistics raw, List<String> findings) {
        var registered = tables.get(Measure.SIGNALS_REGISTERED.ordinal());
        var ended = tables.get(Measure.SIGNALS_ENDED.ordinal());
        var active = tables.get(Measure.SIGNALS_ACTIVE.ordinal());
        var months = range.months();
        int hidden = 0;
        for (int row = 0; row < registered.rows().size(); row++) {
            var kind = registered.rows().get(row).kind();
            for (int month = 0; month < months.size(); month++) {
                var r = value(registered, row, month);
                var e = value(ended, row, month);
                var a = value(active, row, month);
                var before = month == 0 ? null : value(active, row, month - 1);
                hidden += (r == null ? 1 : 0) + (e == null ? 1 : 0) + (a == null ? 1 : 0);

                var yearMonth = months.get(month);
                if (month == 0 && r != null && e != null && a != null) {
                    long computed = a - r + e;
                    int actual = count(raw.activeBeforeRange(), kind);
                    check(
                            computed,
                            actual,
                            area,
                            range,
                            Measure.SIGNALS_ACTIVE,
                            kind,
                            yearMonth.minusMonths(1),
                            findings);
                }
                if (month == 0) {
                    continue;
                }
                int unknown =
                        (r == null ? 1 : 0) + (e == null ? 1 : 0) + (a == null ? 1 : 0) + (before == null ? 1 : 0);
                if (unknown != 1) {
                    continue;
                }
                if (r == null) {
                    check(
                            a - before + e,
                            countOf(raw, Measure.SIGNALS_REGISTERED, yearMonth, kind),
                            area,
                            range,
                            Measure.SIGNALS_REGISTERED,
                            kind,
                            yearMonth,
                            findings);
                } else if (e == null) {
                    check(
                            before + r - a,
                            countOf(raw, Measure.SIGNALS_ENDED, yearMonth, kind),
                            area,
                            range,
                            Measure.SIGNALS_ENDED,
                            kind,
                            yearMonth,
                            findings);
                } else if (a == null) {
                    check(
                            before + r - e,
                            countOf(raw, Measure.SIGNALS_ACTIVE, yearMonth, kind),
                            area,
                            range,
                            Measure.SIGNALS_ACTIVE,
                            kind,
                            yearMonth,
                            findings);
                } else {
                    check(
                            a - r + e,
                            countOf(raw, Measure.SIGNALS_ACTIVE, yearMonth.minusMonths(1), kind),
                            area,
                            range,
                            Measure.SIGNALS_ACTIVE,
                            kind,
                            yearMonth.minusMonths(1),
                            findings);
                }
            }
        }
        return hidden;
    }

    /**
     * Subtracts each shown cell of a municipality from the same shown cell of its region. The rest of
     * the region from 1 to 4 is a finding.
     *
     * @return the number of cells shown in both
     */
    private static int subtractMunicipality(
            Area region,
            Area municipality,
            List<StatisticsTable> regionTables,
            List<StatisticsTable> municipalityTables,
            List<String> findings) {
        int compared = 0;
        for (int table = 0; table < regionTables.size(); table++) {
            var regionTable = regionTables.get(table);
            if (regionTable.measure() == Measure.CROSSING_SHARE) {
                continue;
            }
            var municipalityTable = municipalityTables.get(table);
            for (int row = 0; row < regionTable.rows().size(); row++) {
                var regionCells = regionTable.rows().get(row).cells();
                var municipalityCells = municipalityTable.rows().get(row).cells();
                for (int column = 0; column < regionCells.size(); column++) {
                    var regionCell = regionCells.get(column);
                    var municipalityCell = municipalityCells.get(column);
                    if (regionCell.suppressed() || municipalityCell.suppressed()) {
                        continue;
                    }
                    compared++;
                    long rest = regionCell.value().longValueExact()
                            - municipalityCell.value().longValueExact();
                    if (rest >= 1 && rest < Suppression.MINIMUM) {
                        findings.add("%s minus %s: %s %s column %d is %d"
                                .formatted(
                                        region.name(),
                                        municipality.name(),
                                        regionTable.measure().code(),
                                        kindName(regionTable.rows().get(row).kind()),
                                        column,
                                        rest));
                    }
                }
            }
        }
        return compared;
    }

    private static void check(
            long computed,
            int actual,
            Area area,
            StatisticsRange range,
            Measure measure,
            @Nullable OrganisationKind kind,
            YearMonth month,
            List<String> findings) {
        if (computed >= 0 && computed < Suppression.MINIMUM && computed == actual) {
            findings.add(describe(area, range, measure, kind, month, actual));
        }
    }

    private static @Nullable Long value(StatisticsTable table, int row, int column) {
        var cell = table.rows().get(row).cells().get(column);
        return cell.suppressed() ? null : cell.value().longValueExact();
    }

    private static int countOf(RawStatistics raw, Measure measure, YearMonth month, @Nullable OrganisationKind kind) {
        return count(raw.monthly().get(measure).get(month), kind);
    }

    private static int count(KindCounts counts, @Nullable OrganisationKind kind) {
        return kind == null ? counts.total() : counts.of(kind);
    }

    private static String describe(
            Area area,
            StatisticsRange range,
            Measure measure,
            @Nullable OrganisationKind kind,
            YearMonth month,
            int count) {
        return "%s %s-%s: %s %s in %s is %d"
                .formatted(area.name(), range.from(), range.to(), measure.code(), kindName(kind), month, count);
    }

    private static String kindName(@Nullable OrganisationKind kind) {
        return kind == null ? StatisticsCsv.TOTAL : kind.code();
    }

    /** Returns the kinds of organisation the area has none of. */
    private static Set<OrganisationKind> knownZeros(Area area) {
        var kinds = EnumSet.allOf(OrganisationKind.class);
        kinds.removeAll(area.organisationKinds().values());
        return kinds;
    }
}
