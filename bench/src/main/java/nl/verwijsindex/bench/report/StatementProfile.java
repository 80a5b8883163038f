package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The statements of one API step's measured window from {@code pg_stat_statements}, as
 * {@code bench/run} saved them: {@code statements-<step>.csv} with the statements of the index's
 * database roles with the most total execution time, and {@code statements-<step>.properties} with
 * the totals over all of them.
 *
 * @param statements the saved statements, most total execution time first
 * @param calls calls of all statements in the window
 * @param totalMillis execution time of all statements in the window
 * @param distinct distinct statements in the window
 * @param literalTexts statements whose text contained a quoted string or a run of 8 or more digits,
 *     which the harness replaced with {@code ?} before saving
 */
record StatementProfile(
        List<Statement> statements, long calls, double totalMillis, long distinct, long literalTexts) {

    /**
     * One normalised statement: PostgreSQL replaces its constants with {@code $1}, {@code $2}, ...
     *
     * @param share the statement's part of the execution time of all statements, from 0 to 1
     * @param query the text on one line, at most 300 characters
     */
    record Statement(
            String queryId, long calls, double totalMillis, double meanMillis, long rows, double share, String query) {}

    static Optional<StatementProfile> read(Results results, String step) throws IOException {
        var csv = results.file("statements-" + step + ".csv");
        if (!Files.exists(csv)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        var statements = new ArrayList<Statement>();
        for (var line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                statements.add(parse(line));
            }
        }
        var totals = results.properties("statements-" + step + ".properties");
        return Optional.of(new StatementProfile(
                List.copyOf(statements),
                longValue(totals, "calls"),
                Double.parseDouble(totals.getProperty("total_ms", "0")),
                longValue(totals, "statements"),
                longValue(totals, "literal_texts")));
    }

    /** Returns the statement with this query id, when it is among the saved ones. */
    Optional<Statement> find(String queryId) {
        return statements.stream().filter(statement -> statement.queryId().equals(queryId)).findFirst();
    }

    private static Statement parse(String line) {
        var fields = CsvLine.split(line);
        if (fields.size() != 7) {
            throw new IllegalArgumentException(
                    "Invalid statements line, expected 7 fields and found " + fields.size() + ": " + line);
        }
        return new Statement(
                fields.get(0),
                Long.parseLong(fields.get(1)),
                Double.parseDouble(fields.get(2)),
                Double.parseDouble(fields.get(3)),
                Long.parseLong(fields.get(4)),
                fields.get(5).isEmpty() ? 0 : Double.parseDouble(fields.get(5)),
                fields.get(6));
    }

    private static long longValue(Properties values, String name) {
        var value = values.getProperty(name, "0").trim();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }
}
