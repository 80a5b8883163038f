package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section on database time per statement: the statements with the most total execution time in
 * the 32-client step, from {@code pg_stat_statements}, on the empty database and, after
 * {@code --full-data}, on the full one beside it.
 */
final class ProfileSection {

    static final int TOP = 10;
    private static final int QUERY_CHARACTERS = 110;

    private ProfileSection() {}

    static String write(Results results) throws IOException {
        var step = "c" + Report.RATIO_CLIENTS;
        var section = new Page().heading("Database time per statement");
        var empty = StatementProfile.read(results, step);
        if (empty.isEmpty()) {
            return section.paragraph("Not measured: `statements-" + step + ".csv` is missing.").toString();
        }
        var full = StatementProfile.read(results, step + "full");

        section.paragraph("`pg_stat_statements` (`track = top`, `track_utility = off`) counted the statements of"
                + " the index's database roles in each API step. The harness reset its counters when the"
                + " load driver's warm-up ended and saved them when the step ended, so they cover the"
                + " measured window, including the emails sent meanwhile. Times are execution times, without"
                + " planning (`track_planning` is off). The results folder has the top 50 statements of every"
                + " step in `statements-<step>.csv`.");
        section.paragraph("PostgreSQL replaces the constants of a statement that it parses after the reset with"
                + " numbered parameters (`$1`, `$2` and so on). A statement that the index had prepared before"
                + " the reset keeps the text that the index sent: its parameters are numbered too, but constants"
                + " written into the index's SQL, such as a status, stay. So the harness replaces every quoted"
                + " string and every run of 8 or more digits with `?` before saving, and no saved text contains"
                + " a BSN's 9 digits.");
        var emptyTitle = "The " + Report.RATIO_CLIENTS + "-client step on the empty database";
        section.paragraph(totals(emptyTitle, empty.get(), successes(results, step)));
        section.table(
                List.of("#", "statement", "calls", "total", "mean", "rows per call", "share of all"),
                topRows(empty.get()));
        if (full.isPresent()) {
            var fullTotals =
                    totals("The same step on the full database", full.get(), successes(results, step + "full"));
            section.paragraph(fullTotals)
                    .paragraph("Its top " + TOP + ", with the mean of the same statement on the empty database:")
                    .table(
                            List.of("#", "statement", "calls", "share of all", "mean, empty", "mean, full", "change"),
                            comparisonRows(empty.get(), full.get()));
        }
        return section.toString();
    }

    private static long successes(Results results, String step) throws IOException {
        return results.api(step).map(run -> run.path("successes").asLong()).orElse(0L);
    }

    private static String totals(String title, StatementProfile profile, long registrations) {
        var text = title + ": " + profile.distinct() + " distinct statements, " + profile.calls() + " calls and "
                + Targets.number(profile.totalMillis() / 1000) + " s of execution time";
        if (registrations > 0) {
            text += ", or " + Targets.number((double) profile.calls() / registrations) + " calls and "
                    + Targets.number(profile.totalMillis() / registrations) + " ms per 2xx registration";
        }
        text += ". " + (profile.literalTexts() == 1 ? "1 statement" : profile.literalTexts() + " statements")
                + " had a quoted string or a run of 8 or more digits in "
                + (profile.literalTexts() == 1 ? "its text." : "their texts.");
        return text;
    }

    private static List<List<String>> topRows(StatementProfile profile) {
        var rows = new ArrayList<List<String>>();
        var statements = profile.statements();
        for (int i = 0; i < Math.min(TOP, statements.size()); i++) {
            var statement = statements.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    query(statement.query()),
                    String.valueOf(statement.calls()),
                    Targets.number(statement.totalMillis()) + " ms",
                    Targets.number(statement.meanMillis()) + " ms",
                    statement.calls() == 0 ? "" : Targets.number((double) statement.rows() / statement.calls()),
                    Targets.percent(statement.share())));
        }
        return rows;
    }

    /** Returns the top statements of the full database, each with its mean on the empty one when saved. */
    private static List<List<String>> comparisonRows(StatementProfile empty, StatementProfile full) {
        var rows = new ArrayList<List<String>>();
        var statements = full.statements();
        for (int i = 0; i < Math.min(TOP, statements.size()); i++) {
            var statement = statements.get(i);
            Optional<StatementProfile.Statement> before = empty.find(statement.queryId());
            rows.add(List.of(
                    String.valueOf(i + 1),
                    query(statement.query()),
                    String.valueOf(statement.calls()),
                    Targets.percent(statement.share()),
                    before.map(earlier -> Targets.number(earlier.meanMillis()) + " ms").orElse("not in the top 50"),
                    Targets.number(statement.meanMillis()) + " ms",
                    before.map(earlier -> change(earlier.meanMillis(), statement.meanMillis())).orElse("")));
        }
        return rows;
    }

    private static String change(double before, double after) {
        if (before == 0) {
            return "";
        }
        return Targets.number(after / before) + "×";
    }

    /** Returns the text as a code span for a table cell, shortened and with its pipes escaped. */
    static String query(String text) {
        var shortened = text.length() > QUERY_CHARACTERS ? text.substring(0, QUERY_CHARACTERS - 1) + "…" : text;
        return "`" + shortened.replace("`", "'").replace("|", "\\|") + "`";
    }
}
