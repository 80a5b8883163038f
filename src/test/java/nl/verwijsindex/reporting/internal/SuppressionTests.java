package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTests {

    private static final String HIDDEN = "-";

    @Test
    void countsBelowFiveAreSuppressed() {
        for (int count = 0; count < 5; count++) {
            assertThat(Suppression.count(count).suppressed())
                    .as("count " + count)
                    .isTrue();
            assertThat(Suppression.count(count).value()).as("count " + count).isNull();
        }
    }

    @Test
    void countsOfFiveAndMoreAreShown() {
        assertThat(Suppression.count(5).value()).isEqualByComparingTo("5");
        assertThat(Suppression.count(6).value()).isEqualByComparingTo("6");
        assertThat(Suppression.count(1234).value()).isEqualByComparingTo("1234");
    }

    @Test
    void newGridHidesCountsBelowFive() {
        var grid = column(40, 10, 5, 6, 17, 2, 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(shown(grid, 0))
                .containsExactly("40", "10", "5", "6", "17", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void julyEndedSignalsHideSmallestShownPart() {
        // Four shown kinds add up to 38 of 40. The area has organisations of one more kind, with 2
        // ended signals, and of none of the other 8 kinds, so 40 - 38 would give that 2.
        var grid = column(40, 10, 5, 6, 17, 2, 0, 0, 0, 0, 0, 0, 0, 0);

        boolean changed = Suppression.protectParts(grid);

        assertThat(changed).isTrue();
        assertThat(shown(grid, 0))
                .containsExactly("40", "10", "-", "6", "17", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void nineKnownZerosHideSmallestShownPart() {
        // The shown kinds add up to the total, so the 9 hidden kinds would be known to be 0.
        var grid = column(38, 10, 5, 6, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Suppression.protectParts(grid);

        assertThat(shown(grid, 0))
                .containsExactly("38", "10", "-", "6", "17", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void hiddenPartsOfFiveKeepShownParts() {
        var grid = column(20, 2, 3, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        boolean changed = Suppression.protectParts(grid);

        assertThat(changed).isFalse();
        assertThat(shown(grid, 0))
                .containsExactly("20", "-", "-", "15", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void hiddenPartsOfFourHideSmallestShownPart() {
        var grid = column(30, 12, 3, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Suppression.protectParts(grid);

        assertThat(shown(grid, 0))
                .containsExactly("30", "12", "-", "-", "8", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void tieHidesFirstSmallestPart() {
        var grid = column(16, 6, 4, 6);

        Suppression.protectParts(grid);

        assertThat(shown(grid, 0)).containsExactly("16", "-", "-", "6");
    }

    @Test
    void hiddenTotalKeepsParts() {
        var grid = column(4, 4, 0);

        boolean changed = Suppression.protectParts(grid);

        assertThat(changed).isFalse();
        assertThat(shown(grid, 0)).containsExactly("-", "-", "-");
    }

    @Test
    void noHiddenPartKeepsEveryPart() {
        var grid = column(11, 5, 6);

        boolean changed = Suppression.protectParts(grid);

        assertThat(changed).isFalse();
        assertThat(shown(grid, 0)).containsExactly("11", "5", "6");
    }

    @Test
    void onlyShownPartIsHidden() {
        var grid = column(7, 7, 0);

        Suppression.protectParts(grid);

        assertThat(shown(grid, 0)).containsExactly("7", "-", "-");
    }

    @Test
    void totalIsHiddenWhenNoShownPartIsLeft() {
        // A match can count under no kind of the area, so its parts can add up to less than the total.
        var grid = column(6, 3, 0);

        boolean changed = Suppression.protectParts(grid);

        assertThat(changed).isTrue();
        assertThat(shown(grid, 0)).containsExactly("-", "-", "-");
    }

    @Test
    void partsRuleChecksEveryColumn() {
        var grid = new CountGrid(new int[][] {{12, 12}, {6, 12}, {6, 0}});

        Suppression.protectParts(grid);

        assertThat(shown(grid, 0)).containsExactly("12", "6", "6");
        assertThat(shown(grid, 1)).containsExactly("12", "-", "-");
    }

    @Test
    void hiddenRegisteredHidesEnded() {
        var registered = row(3);
        var ended = row(8);
        var active = row(10, 5);

        boolean changed = Suppression.protectFlows(registered, ended, active);

        assertThat(changed).isTrue();
        assertThat(shownRow(registered)).containsExactly("-");
        assertThat(shownRow(ended)).containsExactly("-");
        assertThat(shownRow(active)).containsExactly("10", "5");
    }

    @Test
    void hiddenEndedHidesRegistered() {
        var registered = row(9);
        var ended = row(4);
        var active = row(10, 15);

        Suppression.protectFlows(registered, ended, active);

        assertThat(shownRow(registered)).containsExactly("-");
        assertThat(shownRow(ended)).containsExactly("-");
    }

    @Test
    void hiddenActiveHidesRegisteredAndEnded() {
        // 8 + 6 - 10 would give the hidden 4.
        var registered = row(6);
        var ended = row(10);
        var active = row(8, 4);

        Suppression.protectFlows(registered, ended, active);

        assertThat(shownRow(registered)).containsExactly("-");
        assertThat(shownRow(ended)).containsExactly("-");
        assertThat(shownRow(active)).containsExactly("8", "-");
    }

    @Test
    void hiddenMonthBeforeRangeHidesFirstMonth() {
        // The active count before the range is not shown, but 8 - 10 + 5 would give its 3.
        var registered = row(10, 6);
        var ended = row(5, 6);
        var active = row(3, 8, 8);

        Suppression.protectFlows(registered, ended, active);

        assertThat(shownRow(registered)).containsExactly("-", "6");
        assertThat(shownRow(ended)).containsExactly("-", "6");
        assertThat(shownRow(active)).containsExactly("-", "8", "8");
    }

    @Test
    void shownFlowsStayShown() {
        var registered = row(7);
        var ended = row(5);
        var active = row(10, 12);

        boolean changed = Suppression.protectFlows(registered, ended, active);

        assertThat(changed).isFalse();
        assertThat(shownRow(registered)).containsExactly("7");
        assertThat(shownRow(ended)).containsExactly("5");
    }

    @Test
    void chainRunsThroughBothRules() {
        // Kind B has fewer than 5 active signals in every month, so the parts rule hides kind A's
        // active signals too, and the flows rule then hides the registered and ended signals of both
        // kinds in both months. The second round hides nothing more.
        var registered = new CountGrid(new int[][] {{10, 10}, {5, 5}, {5, 5}});
        var ended = new CountGrid(new int[][] {{9, 10}, {5, 5}, {4, 5}});
        var active = new CountGrid(new int[][] {{7, 8, 8}, {6, 6, 6}, {1, 2, 2}});
        var grids = new EnumMap<Measure, CountGrid>(Measure.class);
        grids.put(Measure.SIGNALS_REGISTERED, registered);
        grids.put(Measure.SIGNALS_ENDED, ended);
        grids.put(Measure.SIGNALS_ACTIVE, active);

        int rounds = Suppression.protect(grids);

        assertThat(rounds).isEqualTo(1);
        assertThat(shown(active, 0)).containsExactly("7", "-", "-");
        assertThat(shown(active, 1)).containsExactly("8", "-", "-");
        assertThat(shown(active, 2)).containsExactly("8", "-", "-");
        assertThat(shown(registered, 0)).containsExactly("10", "-", "-");
        assertThat(shown(registered, 1)).containsExactly("10", "-", "-");
        assertThat(shown(ended, 0)).containsExactly("9", "-", "-");
        assertThat(shown(ended, 1)).containsExactly("10", "-", "-");
    }

    @Test
    void regionRestOfThreeIsHidden() {
        // The region has two municipalities: the first with 12 education and 7 youth-care signals,
        // the second with 3 youth-care signals.
        var region = column(22, 12, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0);
        var first = column(19, 12, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0);
        var second = column(3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0);

        Suppression.hideRegionDifferences(region, List.of(first, second));

        // 22 - 19 and 10 - 7 are 3, which is what the first municipality's officer would compute.
        assertThat(shown(region, 0))
                .containsExactly("-", "12", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-");
    }

    @Test
    void regionRuleKeepsEqualAndLargeDifferences() {
        var region = column(30, 15, 15);
        var first = column(15, 15, 0);
        var second = column(15, 0, 15);

        Suppression.hideRegionDifferences(region, List.of(first, second));

        assertThat(shown(region, 0)).containsExactly("30", "15", "15");
    }

    @Test
    void regionRuleHidesDifferencesOfOneToFour() {
        for (int rest = 0; rest <= 6; rest++) {
            var region = column(20 + rest, 20 + rest);
            var municipality = column(20, 20);

            Suppression.hideRegionDifferences(region, List.of(municipality));

            boolean expectedHidden = rest >= 1 && rest <= 4;
            assertThat(region.hidden(0, 0)).as("rest " + rest).isEqualTo(expectedHidden);
        }
    }

    @Test
    void shareNeedsFiveOnEachSide() {
        assertThat(Suppression.share(4, 100).suppressed()).isTrue();
        assertThat(Suppression.share(100, 4).suppressed()).isTrue();
        assertThat(Suppression.share(0, 0).suppressed()).isTrue();
        assertThat(Suppression.share(0, 0).percentage()).isTrue();
        assertThat(Suppression.share(5, 5).value()).isEqualByComparingTo("50.0");
        assertThat(Suppression.share(5, 5).percentage()).isTrue();
    }

    @Test
    void shareRoundsHalfUpToOneDecimal() {
        assertThat(Suppression.share(5, 10).value()).isEqualByComparingTo("33.3");
        assertThat(Suppression.share(10, 5).value()).isEqualByComparingTo("66.7");
        assertThat(Suppression.share(7, 9).value()).isEqualByComparingTo("43.8");
    }

    /** Returns a grid of one column: the total and then the parts. */
    private static CountGrid column(int total, int... parts) {
        var counts = new int[parts.length + 1][1];
        counts[0][0] = total;
        for (int i = 0; i < parts.length; i++) {
            counts[i + 1][0] = parts[i];
        }
        return new CountGrid(counts);
    }

    /** Returns a grid of one row with a column per count. */
    private static CountGrid row(int... counts) {
        return new CountGrid(new int[][] {counts});
    }

    /** Returns the column as a reader sees it, with {@value #HIDDEN} for a hidden count. */
    private static List<String> shown(CountGrid grid, int column) {
        var cells = new ArrayList<String>();
        for (int row = 0; row < grid.rows(); row++) {
            cells.add(grid.hidden(row, column) ? HIDDEN : String.valueOf(grid.count(row, column)));
        }
        return cells;
    }

    private static List<String> shownRow(CountGrid grid) {
        var cells = new ArrayList<String>();
        for (int column = 0; column < grid.columns(); column++) {
            cells.add(grid.hidden(0, column) ? HIDDEN : String.valueOf(grid.count(0, column)));
        }
        return cells;
    }
}
