package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSectionTests {

    private static final String HEADER = "queryid,calls,total_ms,mean_ms,rows,share,query";

    @TempDir
    Path folder;

    @Test
    void readsStatementsAndTotals() throws IOException {
        statements("c32",
                "101,2000,3000.5,1.5003,2000,0.6,\"insert into signals (id, \"\"own_reference\"\") values ($1, $2)\"",
                "102,4000,1000.0,0.25,3900,0.2,select id from signals where child = $1");
        totals("c32", "statements=12", "calls=9000", "total_ms=5000.8", "literal_texts=0", "deallocations=0");

        var profile = StatementProfile.read(new Results(folder), "c32").orElseThrow();

        assertEquals(2, profile.statements().size());
        assertEquals(9000, profile.calls());
        assertEquals(5000.8, profile.totalMillis());
        assertEquals(12, profile.distinct());
        assertEquals(0, profile.literalTexts());
        var first = profile.statements().get(0);
        assertEquals("101", first.queryId());
        assertEquals(2000, first.calls());
        assertEquals(3000.5, first.totalMillis());
        assertEquals(1.5003, first.meanMillis());
        assertEquals(2000, first.rows());
        assertEquals(0.6, first.share());
        assertEquals("insert into signals (id, \"own_reference\") values ($1, $2)", first.query());
    }

    @Test
    void sectionShowsTopStatementsOfEmptyDatabase() throws IOException {
        statements("c32",
                "101,2000,3000.4,1.5003,2000,0.6,\"insert into signals (id) values ($1)\"",
                "102,4000,1000.0,0.25,3600,0.2,select a || b from t where c = $1");
        totals("c32", "statements=12", "calls=9000", "total_ms=5000.8", "literal_texts=0", "deallocations=0");
        api("c32", 1000);

        var text = ProfileSection.write(new Results(folder));

        assertTrue(text.contains("The 32-client step on the empty database: 12 distinct statements, 9000 calls and"
                + " 5.00 s of execution time, or 9.00 calls and 5.00 ms per 2xx registration. 0 statements had"
                + " a quoted string or a run of 8 or more digits in their texts."), text);
        assertTrue(
                text.contains("| 1 | `insert into signals (id) values ($1)` | 2000 | 3000 ms | 1.50 ms | 1.00 | 60% |"),
                text);
        assertTrue(
                text.contains(
                        "| 2 | `select a \\|\\| b from t where c = $1` | 4000 | 1000 ms | 0.25 ms | 0.90 | 20% |"),
                text);
        assertFalse(text.contains("full database"));
    }

    @Test
    void sectionComparesFullDatabase() throws IOException {
        statements("c32", "101,2000,3000.5,1.5003,2000,0.6,insert into signals (id) values ($1)");
        totals("c32", "statements=12", "calls=9000", "total_ms=5000.8", "literal_texts=0", "deallocations=0");
        statements("c32full",
                "102,1000,4000.0,4.0,1000,0.5,select id from signals where child = $1",
                "101,1000,2000.0,2.0,1000,0.25,insert into signals (id) values ($1)");
        totals("c32full", "statements=13", "calls=5000", "total_ms=8000", "literal_texts=1", "deallocations=0");

        var text = ProfileSection.write(new Results(folder));

        assertTrue(text.contains("The same step on the full database: 13 distinct statements, 5000 calls and"
                + " 8.00 s of execution time. 1 statement had a quoted string or a run of 8 or more digits in"
                + " its text."), text);
        assertTrue(text.contains("| 1 | `select id from signals where child = $1` | 1000 | 50% | not in the top 50 |"
                + " 4.00 ms |  |"), text);
        assertTrue(text.contains("| 2 | `insert into signals (id) values ($1)` | 1000 | 25% | 1.50 ms | 2.00 ms |"
                + " 1.33× |"), text);
    }

    @Test
    void sectionWithoutStatementsSaysSo() throws IOException {
        var text = ProfileSection.write(new Results(folder));

        assertTrue(text.contains("Not measured: `statements-c32.csv` is missing."), text);
    }

    @Test
    void queryIsShortenedForTable() {
        var text = "select " + "x, ".repeat(60) + "y from t";

        var cell = ProfileSection.query(text);

        assertEquals(112, cell.length());
        assertTrue(cell.endsWith("…`"), cell);
    }

    @Test
    void csvLineKeepsQuotedCommasAndQuotes() {
        assertEquals(List.of("1", "a, \"b\"", ""), CsvLine.split("1,\"a, \"\"b\"\"\","));
        assertEquals(List.of("", ""), CsvLine.split(","));
        assertThrows(IllegalArgumentException.class, () -> CsvLine.split("1,\"open"));
    }

    private void statements(String step, String... lines) throws IOException {
        var content = new java.util.ArrayList<>(List.of(HEADER));
        content.addAll(List.of(lines));
        Files.write(folder.resolve("statements-" + step + ".csv"), content, StandardCharsets.UTF_8);
    }

    private void totals(String step, String... lines) throws IOException {
        Files.write(folder.resolve("statements-" + step + ".properties"), List.of(lines), StandardCharsets.UTF_8);
    }

    private void api(String step, int successes) throws IOException {
        Files.writeString(
                folder.resolve("api-" + step + ".json"), "{\"successes\": " + successes + "}", StandardCharsets.UTF_8);
    }
}
