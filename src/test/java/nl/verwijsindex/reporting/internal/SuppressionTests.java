package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTests {

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
    void singleSuppressedPartTakesNextSmallestAlong() {
        var cells = Suppression.totalAndParts(30, List.of(12, 3, 7, 8));

        assertThat(cells.get(0).value()).isEqualByComparingTo("30");
        assertThat(cells.get(1).value()).isEqualByComparingTo("12");
        assertThat(cells.get(2).suppressed()).isTrue();
        assertThat(cells.get(3).suppressed()).isTrue();
        assertThat(cells.get(4).value()).isEqualByComparingTo("8");
    }

    @Test
    void zeroPartCountsAsSuppressedPart() {
        var cells = Suppression.totalAndParts(15, List.of(0, 6, 9));

        assertThat(cells.get(0).value()).isEqualByComparingTo("15");
        assertThat(cells.get(1).suppressed()).isTrue();
        assertThat(cells.get(2).suppressed()).isTrue();
        assertThat(cells.get(3).value()).isEqualByComparingTo("9");
    }

    @Test
    void tieTakesFirstSmallestPart() {
        var cells = Suppression.totalAndParts(16, List.of(6, 4, 6));

        assertThat(cells.get(1).suppressed()).isTrue();
        assertThat(cells.get(2).suppressed()).isTrue();
        assertThat(cells.get(3).value()).isEqualByComparingTo("6");
    }

    @Test
    void twoSuppressedPartsNeedNoMore() {
        var cells = Suppression.totalAndParts(20, List.of(2, 3, 15));

        assertThat(cells.get(1).suppressed()).isTrue();
        assertThat(cells.get(2).suppressed()).isTrue();
        assertThat(cells.get(3).value()).isEqualByComparingTo("15");
    }

    @Test
    void suppressedTotalNeedsNoMore() {
        var cells = Suppression.totalAndParts(4, List.of(4, 0));

        assertThat(cells).allMatch(Cell::suppressed);
    }

    @Test
    void noSuppressedPartKeepsEveryPart() {
        var cells = Suppression.totalAndParts(11, List.of(5, 6));

        assertThat(cells).noneMatch(Cell::suppressed);
    }

    @Test
    void singleSuppressedPartWithNoOtherShownPart() {
        var cells = Suppression.totalAndParts(7, List.of(7, 0));

        // The only shown part is the smallest shown one, so it goes too.
        assertThat(cells.get(0).value()).isEqualByComparingTo("7");
        assertThat(cells.get(1).suppressed()).isTrue();
        assertThat(cells.get(2).suppressed()).isTrue();
    }

    @Test
    void shareNeedsFiveOnEachSide() {
        assertThat(Suppression.share(4, 100).suppressed()).isTrue();
        assertThat(Suppression.share(100, 4).suppressed()).isTrue();
        assertThat(Suppression.share(0, 0).suppressed()).isTrue();
        assertThat(Suppression.share(5, 5).value()).isEqualByComparingTo("50.0");
        assertThat(Suppression.share(5, 5).percentage()).isTrue();
    }

    @Test
    void shareRoundsHalfUpToOneDecimal() {
        assertThat(Suppression.share(5, 10).value()).isEqualByComparingTo("33.3");
        assertThat(Suppression.share(10, 5).value()).isEqualByComparingTo("66.7");
        assertThat(Suppression.share(7, 9).value()).isEqualByComparingTo("43.8");
    }
}
