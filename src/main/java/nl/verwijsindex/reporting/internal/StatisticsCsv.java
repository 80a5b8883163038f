package nl.verwijsindex.reporting.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Writes the statistics as CSV: a header row and one row per measure, organisation kind and month.
 * Measures and kinds are written as their codes, a measure of the whole range gets the range as
 * {@code from/to} in its month column, and a suppressed value is written in the page's words, such
 * as "minder dan 5 of afgeschermd" for a count and "niet getoond: minder dan 5 matches of afgeschermd"
 * for a share.
 */
final class StatisticsCsv {

    static final String HEADER = "measure,kind,month,value";
    static final String TOTAL = "total";

    private StatisticsCsv() {}

    static String write(List<StatisticsTable> tables, StatisticsRange range, MessageSource messages, Locale locale) {
        var suppressed = messages.getMessage("statistics.suppressed", null, locale);
        var suppressedShare = messages.getMessage("statistics.suppressed-share", null, locale);
        var csv = new StringBuilder(HEADER).append("\r\n");
        for (var table : tables) {
            for (var row : table.rows()) {
                var kind = row.kind() == null ? TOTAL : row.kind().code();
                for (int column = 0; column < row.cells().size(); column++) {
                    var cell = row.cells().get(column);
                    csv.append(table.measure().code())
                            .append(',')
                            .append(kind)
                            .append(',')
                            .append(month(table, column, range))
                            .append(',')
                            .append(text(cell, suppressed, suppressedShare))
                            .append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    private static String text(Cell cell, String suppressed, String suppressedShare) {
        if (!cell.suppressed()) {
            return cell.plain();
        }
        return cell.percentage() ? suppressedShare : suppressed;
    }

    private static String month(StatisticsTable table, int column, StatisticsRange range) {
        if (table.months().isEmpty()) {
            return StatisticsRange.format(range.from()) + "/" + StatisticsRange.format(range.to());
        }
        return StatisticsRange.format(table.months().get(column));
    }
}
