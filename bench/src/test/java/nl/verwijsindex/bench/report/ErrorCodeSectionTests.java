package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorCodeSectionTests {

    @TempDir
    Path folder;

    @Test
    void listsCodesPerStepWithReason() throws IOException {
        summary("c1", "{}");
        summary("c32", "{\"family-match 422 person-deceased\": 3, \"first 422 own-reference-invalid\": 1}");
        summary("half", "{\"family-match 422 person-deceased\": 1, \"first 422 person-too-old\": 2}");

        var text = ErrorCodeSection.write(new Results(folder), "");

        assertTrue(text.contains("| kind | status | code | c1 | c32 | half | why |"), text);
        assertTrue(text.contains("| `family-match` | 422 | `person-deceased` | 0 | 3 | 1 | expected: the generated"
                + " families include children who died (0.3% of children)"), text);
        assertTrue(text.contains("| `first` | 422 | `own-reference-invalid` | 0 | 1 | 0 | **not expected**: the"
                + " generated load should not cause it; see the index's log |"), text);
        assertTrue(text.contains("| `first` | 422 | `person-too-old` | 0 | 0 | 2 | expected: a child who turned 23"
                + " after the population's reference date, 2026-12-05"), text);
    }

    @Test
    void statesWhenNoCodes() throws IOException {
        summary("c8", "{}");

        var text = ErrorCodeSection.write(new Results(folder), "");

        assertEquals(
                "\n## Error codes\n\nNo request in a measured window got a problem response with an error code.\n\n",
                text);
    }

    @Test
    void statesWhenNotRecorded() throws IOException {
        Files.writeString(folder.resolve("api-c8.json"), "{\"tag\": \"c8\"}", StandardCharsets.UTF_8);

        var text = ErrorCodeSection.write(new Results(folder), "");

        assertTrue(text.contains("Not recorded: the load driver's summaries have no error codes."), text);
    }

    private void summary(String tag, String errorCodes) throws IOException {
        Files.writeString(
                folder.resolve("api-" + tag + ".json"),
                "{\"tag\": \"" + tag + "\", \"errorCodes\": " + errorCodes + "}",
                StandardCharsets.UTF_8);
    }
}
