package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compares every measure of the statistics with counts computed here with plain SQL on the tables
 * of a generated data set, for a municipality and for both regions, before and after suppression.
 */
class StatisticsCalculatorIntegrationTests extends IntegrationTest {

    private static final String TOTAL = "total";
    private static final SignedInAccount ADMINISTRATOR =
            new SignedInAccount(UUID.randomUUID(), "Beheer", AccountRole.FUNCTIONAL_ADMINISTRATOR, null, null, null);

    /** Fifteen months: one before the data set starts, so that every measure has an empty month. */
    private static final StatisticsRange RANGE = new StatisticsRange(YearMonth.of(2025, 10), YearMonth.of(2026, 12));

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
    void northRegionMatchesPlainSql() {
        var area = areas.region(ADMINISTRATOR, StatisticsDataSet.NORTH);

        assertThat(area.municipalityIds())
                .containsExactlyInAnyOrder(
                        TestRegion.MUNICIPALITY,
                        StatisticsDataSet.MUNICIPALITY_1901,
                        StatisticsDataSet.MUNICIPALITY_1902);
        assertMeasuresMatchSql(area);
    }

    @Test
    void southRegionMatchesPlainSql() {
        var area = areas.region(ADMINISTRATOR, StatisticsDataSet.SOUTH);

        assertThat(area.municipalityIds())
                .containsExactlyInAnyOrder(TestRegion.OTHER_MUNICIPALITY, StatisticsDataSet.MUNICIPALITY_1903);
        assertMeasuresMatchSql(area);
    }

    @Test
    void municipalityMatchesPlainSql() {
        var area = areas.municipality(ADMINISTRATOR, "1903");

        assertThat(area.municipalityIds()).containsExactly(StatisticsDataSet.MUNICIPALITY_1903);
        assertMeasuresMatchSql(area);
    }

    @Test
    void emptyMonthsCountZeroAndAreSuppressed() {
        var statistics = calculator.calculate(areas.region(ADMINISTRATOR, StatisticsDataSet.NORTH), RANGE);
        var tables = StatisticsTable.of(statistics);

        var beforeData = YearMonth.of(2025, 10);
        for (var measure : Measure.values()) {
            if (measure.monthly()) {
                assertThat(statistics.monthly().get(measure).get(beforeData).total())
                        .as(measure + " in " + beforeData)
                        .isZero();
            }
        }
        assertThat(statistics
                        .monthly()
                        .get(Measure.SIGNALS_REGISTERED)
                        .get(StatisticsDataSet.MONTH_WITHOUT_REGISTRATIONS)
                        .total())
                .isZero();
        var registered = tables.get(Measure.SIGNALS_REGISTERED.ordinal());
        int column = registered.months().indexOf(StatisticsDataSet.MONTH_WITHOUT_REGISTRATIONS);
        for (var row : registered.rows()) {
            assertThat(row.cells().get(column).suppressed())
                    .as("row " + row.kind())
                    .isTrue();
            assertThat(row.cells().get(0).suppressed()).as("row " + row.kind()).isTrue();
        }
        assertThat(registered.months()).hasSize(15).startsWith(beforeData).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void childrenWithThreeProfessionalsDoNotCount() {
        var area = areas.municipality(ADMINISTRATOR, "0363");
        var range = new StatisticsRange(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
        jdbc.sql("delete from match_members").update();
        jdbc.sql("delete from matches").update();
        jdbc.sql("delete from match_candidates").update();
        jdbc.sql("delete from signals where registered_on <> ? and registered_on not between ? and ?")
                .params(
                        Date.valueOf(LocalDate.of(2026, 6, 10)),
                        Date.valueOf(LocalDate.of(2026, 6, 11)),
                        Date.valueOf(LocalDate.of(2026, 6, 13)))
                .update();
        jdbc.sql("delete from signals where child_pseudonym not in (select child_pseudonym from signals"
                        + " group by child_pseudonym having count(*) >= 3 and min(registered_on) = ?)")
                .param(Date.valueOf(LocalDate.of(2026, 6, 10)))
                .update();

        var children = calculator.calculate(area, range).childrenWithFourProfessionals();

        // Of the two children registered from 10 June, the one with 4 professionals counts and the one with 3 does not.
        assertThat(children.total()).isEqualTo(1);
        assertThat(children.of(OrganisationKind.EDUCATION)).isEqualTo(1);
        assertThat(children.of(OrganisationKind.YOUTH_HEALTH_CARE)).isEqualTo(1);
        assertThat(children.of(OrganisationKind.YOUTH_CARE)).isZero();
    }

    private void assertMeasuresMatchSql(Area area) {
        var statistics = calculator.calculate(area, RANGE);
        var municipalities = area.municipalityIds().toArray(UUID[]::new);

        var expected = new HashMap<Measure, Map<YearMonth, Map<String, Integer>>>();
        expected.put(Measure.SIGNALS_REGISTERED, signalsByMonth("registered_on", "", municipalities));
        expected.put(Measure.SIGNALS_ENDED, signalsByMonth("ended_on", "and s.status = 'archived'", municipalities));
        expected.put(Measure.SIGNALS_ACTIVE, activeByMonth(municipalities));
        var matches = matchesByMonth(municipalities);
        expected.put(Measure.CHILD_MATCHES, matches.getOrDefault("child", Map.of()));
        expected.put(Measure.FAMILY_MATCHES, matches.getOrDefault("family", Map.of()));

        for (var entry : expected.entrySet()) {
            for (var month : RANGE.months()) {
                var counts = statistics.monthly().get(entry.getKey()).get(month);
                var sql = entry.getValue().getOrDefault(month, Map.of());
                assertCounts(entry.getKey() + " " + month, counts, sql);
            }
        }
        var crossing = crossingMatches(municipalities);
        assertCounts("crossing matches", statistics.crossingMatches(), crossing.getOrDefault(true, Map.of()));
        assertCounts("other matches", statistics.otherMatches(), crossing.getOrDefault(false, Map.of()));
        assertCounts("children", statistics.childrenWithFourProfessionals(), childrenWithFour(municipalities));
        assertThat(statistics.crossingMatches().total()).as("crossing matches").isPositive();
        assertThat(statistics.childrenWithFourProfessionals().total())
                .as("children")
                .isPositive();

        assertSuppressed(StatisticsTable.of(statistics), statistics);
    }

    private static void assertCounts(String description, KindCounts counts, Map<String, Integer> sql) {
        assertThat(counts.total()).as(description + " total").isEqualTo(sql.getOrDefault(TOTAL, 0));
        for (var kind : OrganisationKind.values()) {
            assertThat(counts.of(kind)).as(description + " " + kind).isEqualTo(sql.getOrDefault(kind.code(), 0));
        }
    }

    /**
     * Checks each cell against its count: a count below 5 is suppressed, a shown cell has its count,
     * and in a column with a shown total the suppressed parts add up to 5 or more, or there are none.
     * A share is shown only when its crossing and other matches are both 5 or more.
     */
    private static void assertSuppressed(List<StatisticsTable> tables, RawStatistics statistics) {
        for (var table : tables) {
            int columns = table.rows().get(0).cells().size();
            for (int column = 0; column < columns; column++) {
                int suppressedParts = 0;
                int suppressedSum = 0;
                for (var row : table.rows()) {
                    var cell = row.cells().get(column);
                    if (table.measure() == Measure.CROSSING_SHARE) {
                        assertShare(cell, row.kind(), statistics);
                        continue;
                    }
                    int count = count(table, column, row.kind(), statistics);
                    var description = table.measure() + " column " + column + " " + row.kind();
                    if (count < Suppression.MINIMUM) {
                        assertThat(cell.suppressed()).as(description).isTrue();
                    } else if (!cell.suppressed()) {
                        assertThat(cell.value()).as(description).isEqualByComparingTo(String.valueOf(count));
                    }
                    if (row.kind() != null && cell.suppressed()) {
                        suppressedParts++;
                        suppressedSum += count;
                    }
                }
                if (table.measure() != Measure.CROSSING_SHARE
                        && !table.rows().get(0).cells().get(column).suppressed()) {
                    if (suppressedParts > 0) {
                        assertThat(suppressedSum)
                                .as(table.measure() + " column " + column)
                                .isGreaterThanOrEqualTo(Suppression.MINIMUM);
                    }
                }
            }
        }
    }

    private static void assertShare(Cell cell, OrganisationKind kind, RawStatistics statistics) {
        int crossing = kind == null
                ? statistics.crossingMatches().total()
                : statistics.crossingMatches().of(kind);
        int other = kind == null
                ? statistics.otherMatches().total()
                : statistics.otherMatches().of(kind);
        if (crossing < Suppression.MINIMUM || other < Suppression.MINIMUM) {
            assertThat(cell.suppressed()).as("share " + kind).isTrue();
            return;
        }
        var expected = new java.math.BigDecimal(crossing * 100.0 / (crossing + other))
                .setScale(1, java.math.RoundingMode.HALF_UP);
        assertThat(cell.value()).as("share " + kind).isEqualByComparingTo(expected);
        assertThat(cell.percentage()).isTrue();
    }

    private static int count(StatisticsTable table, int column, OrganisationKind kind, RawStatistics statistics) {
        var counts = table.measure().monthly()
                ? statistics.monthly().get(table.measure()).get(table.months().get(column))
                : statistics.childrenWithFourProfessionals();
        return kind == null ? counts.total() : counts.of(kind);
    }

    private Map<YearMonth, Map<String, Integer>> signalsByMonth(
            String column, String condition, UUID[] municipalities) {
        var counts = new HashMap<YearMonth, Map<String, Integer>>();
        jdbc.sql("select to_char(s." + column + ", 'YYYY-MM') as month, o.kind, count(*) as n"
                        + " from signals s join organisations o on o.id = s.organisation_id"
                        + " where o.municipality_id = any(?) and s." + column + " between ? and ? " + condition
                        + " group by 1, 2")
                .params(
                        municipalities,
                        Date.valueOf(RANGE.from().atDay(1)),
                        Date.valueOf(RANGE.to().atEndOfMonth()))
                .query(rs -> {
                    var month = counts.computeIfAbsent(YearMonth.parse(rs.getString("month")), key -> new HashMap<>());
                    month.put(rs.getString("kind"), rs.getInt("n"));
                    month.merge(TOTAL, rs.getInt("n"), Integer::sum);
                });
        return counts;
    }

    private Map<YearMonth, Map<String, Integer>> activeByMonth(UUID[] municipalities) {
        var counts = new HashMap<YearMonth, Map<String, Integer>>();
        for (var month : RANGE.months()) {
            var day = month.atEndOfMonth().isAfter(IntegrationTest.DEFAULT_TODAY)
                    ? IntegrationTest.DEFAULT_TODAY
                    : month.atEndOfMonth();
            var kinds = new HashMap<String, Integer>();
            jdbc.sql("select o.kind, count(*) as n from signals s join organisations o on o.id = s.organisation_id"
                            + " where o.municipality_id = any(?) and s.registered_on <= ?"
                            + " and (s.status = 'active' or s.ended_on > ?) group by o.kind")
                    .params(municipalities, Date.valueOf(day), Date.valueOf(day))
                    .query(rs -> {
                        kinds.put(rs.getString("kind"), rs.getInt("n"));
                        kinds.merge(TOTAL, rs.getInt("n"), Integer::sum);
                    });
            counts.put(month, kinds);
        }
        return counts;
    }

    /** The matches of the area made in the range, as in the {@code area_matches} query of each method below. */
    private static final String AREA_MATCHES = """
            with area_matches as (
                select m.id, m.type, to_char(m.since, 'YYYY-MM') as month,
                       count(distinct o.municipality_id) as municipalities,
                       array_agg(distinct o.kind) filter (where o.municipality_id = any(?)) as kinds
                  from matches m
                  join match_members mm on mm.match_id = m.id
                  join signals s on s.id = mm.signal_id
                  join organisations o on o.id = s.organisation_id
                 where m.since between ? and ?
                 group by m.id, m.type, m.since
                having bool_or(o.municipality_id = any(?)))
            """;

    private Map<String, Map<YearMonth, Map<String, Integer>>> matchesByMonth(UUID[] municipalities) {
        var counts = new HashMap<String, Map<YearMonth, Map<String, Integer>>>();
        jdbc.sql(AREA_MATCHES + """
                        select type, month, kind, count(*) as n from area_matches, unnest(kinds) as kind group by 1, 2, 3
                        union all
                        select type, month, 'total', count(*) from area_matches group by 1, 2
                        """).params(matchParameters(municipalities)).query(rs -> {
            counts.computeIfAbsent(rs.getString("type"), key -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse(rs.getString("month")), key -> new HashMap<>())
                    .put(rs.getString("kind"), rs.getInt("n"));
        });
        return counts;
    }

    private Map<Boolean, Map<String, Integer>> crossingMatches(UUID[] municipalities) {
        var counts = new HashMap<Boolean, Map<String, Integer>>();
        jdbc.sql(AREA_MATCHES + """
                        select municipalities > 1 as crossing, kind, count(*) as n
                          from area_matches, unnest(kinds) as kind group by 1, 2
                        union all
                        select municipalities > 1, 'total', count(*) from area_matches group by 1
                        """).params(matchParameters(municipalities)).query(rs -> {
            counts.computeIfAbsent(rs.getBoolean("crossing"), key -> new HashMap<>())
                    .put(rs.getString("kind"), rs.getInt("n"));
        });
        return counts;
    }

    private Map<String, Integer> childrenWithFour(UUID[] municipalities) {
        var counts = new HashMap<String, Integer>();
        var day = Date.valueOf(IntegrationTest.DEFAULT_TODAY);
        jdbc.sql("""
                        with children as (
                            select array_agg(distinct o.kind) filter (where o.municipality_id = any(?)) as kinds
                              from signals s join organisations o on o.id = s.organisation_id
                             where s.registered_on <= ? and (s.status = 'active' or s.ended_on > ?)
                             group by s.child_pseudonym
                            having count(distinct s.professional_id) >= 4 and bool_or(o.municipality_id = any(?)))
                        select kind, count(*) as n from children, unnest(kinds) as kind group by 1
                        union all
                        select 'total', count(*) from children
                        """).params(municipalities, day, day, municipalities).query(rs -> {
            counts.put(rs.getString("kind"), rs.getInt("n"));
        });
        return counts;
    }

    private static Object[] matchParameters(UUID[] municipalities) {
        return new Object[] {
            municipalities,
            Date.valueOf(RANGE.from().atDay(1)),
            Date.valueOf(RANGE.to().atEndOfMonth()),
            municipalities
        };
    }
}
