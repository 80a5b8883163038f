package nl.verwijsindex.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One value of a statistics table as shown: a count of 5 or more, a percentage, or a suppressed
 * value. The page, the chart and the CSV file show a suppressed count as "fewer than 5, or
 * withheld" and a suppressed percentage as "not shown: fewer than 5 matches, or withheld", whether
 * it is below 5 or hidden because a count below 5 could be worked out from it.
 *
 * @param value the count or percentage, or {@code null} when it is suppressed
 * @param percentage whether the value is a percentage with one decimal
 */
record Cell(@Nullable BigDecimal value, boolean percentage) {

    static final Cell SUPPRESSED = new Cell(null, false);
    static final Cell SUPPRESSED_SHARE = new Cell(null, true);

    static Cell count(int count) {
        return new Cell(BigDecimal.valueOf(count), false);
    }

    /** Returns {@code part} as a percentage of {@code whole}, rounded half up to one decimal. */
    static Cell percentage(int part, int whole) {
        var share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new Cell(share, true);
    }

    // These methods are public because the page template calls them, and SpEL calls only public methods.
    public boolean suppressed() {
        return value == null;
    }

    /** Returns the value as plain digits with a dot for the decimal, or an empty text when it is suppressed. */
    public String plain() {
        return value == null ? "" : value.toPlainString();
    }
}
