package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lints the served OpenAPI document with Spectral and the ruleset of the Dutch API Design Rules,
 * and fails on every result of severity error. Needs Node.js with {@code npx}, and the npm
 * registry the first time, to fetch Spectral.
 */
class OpenApiLintTests extends IntegrationTest {

    private static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";
    private static final long TIMEOUT_MINUTES = 3;
    private static final int SEVERITY_ERROR = 0;

    private static final Path DOCUMENT = Path.of("target", "openapi.json");
    private static final Path REPORT = Path.of("target", "spectral-report.json");
    private static final Path LOG = Path.of("target", "spectral.log");

    @Test
    void documentPassesApiDesignRules() throws Exception {
        var response = new ApiCalls(port).get(RestApi.DOCUMENT_PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        Files.writeString(DOCUMENT, response.body());
        Files.deleteIfExists(REPORT);

        var exitCode = runSpectral();

        var results = readReport(exitCode);
        var errors = results.stream()
                .filter(result -> result.get("severity").asInt() == SEVERITY_ERROR)
                .map(OpenApiLintTests::describe)
                .toList();
        assertThat(errors).as("Spectral errors in " + DOCUMENT).isEmpty();
    }

    private static int runSpectral() throws IOException, InterruptedException {
        var command = List.of(
                "npx",
                "--yes",
                SPECTRAL,
                "lint",
                "-r",
                SharedFiles.ADR_RULESET.toString(),
                DOCUMENT.toString(),
                "-f",
                "json",
                "-o",
                REPORT.toString());
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
        } catch (IOException e) {
            return fail(
                    "Cannot start npx to run Spectral. Install Node.js (which provides npx) and run the test again.",
                    e);
        }

        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return fail("Spectral did not finish within " + TIMEOUT_MINUTES + " minutes; its output is in " + LOG);
        }
        return process.exitValue();
    }

    /** Returns Spectral's results. It exits with 0 without errors, 1 with errors, and otherwise failed to run. */
    private static List<JsonNode> readReport(int exitCode) throws IOException {
        if ((exitCode != 0 && exitCode != 1) || !Files.exists(REPORT)) {
            return fail("Spectral failed with exit code " + exitCode + ":\n" + Files.readString(LOG));
        }
        var report = JsonMapper.builder().build().readTree(REPORT.toFile());
        return StreamSupport.stream(report.spliterator(), false).toList();
    }

    private static String describe(JsonNode result) {
        var path = StreamSupport.stream(result.get("path").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
        return result.get("code").asString() + " at " + String.join(".", path) + ": "
                + result.get("message").asString();
    }
}
