package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportOptionsTests {

    @Test
    void parsesAllThreeOptions() {
        var options = ReportOptions.parse(new String[] {"--out", "page.md", "--results", "r", "--analysis", "a.md"});

        assertEquals(Path.of("r"), options.results());
        assertEquals(Path.of("a.md"), options.analysis());
        assertEquals(Path.of("page.md"), options.out());
    }

    @Test
    void namesMissingOptions() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> ReportOptions.parse(new String[] {"--results", "r"}));

        assertEquals("Missing option --analysis, --out. " + ReportOptions.USAGE, error.getMessage());
    }

    @Test
    void namesOptionWithoutValue() {
        var error = assertThrows(
                IllegalArgumentException.class,
                () -> ReportOptions.parse(new String[] {"--results", "r", "--analysis", "a.md", "--out"}));

        assertEquals("Missing value after --out. " + ReportOptions.USAGE, error.getMessage());
    }

    @Test
    void namesUnknownOption() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> ReportOptions.parse(new String[] {"--output", "page.md"}));

        assertEquals("Unknown option --output. " + ReportOptions.USAGE, error.getMessage());
    }
}
