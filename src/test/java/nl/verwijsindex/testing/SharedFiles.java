package nl.verwijsindex.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files that the tests read from the shared folder beside the repository; they are never copied into it. */
public final class SharedFiles {

    public static final Path RVIG_PERSONS = locate("data/brp/personen-mock-test-data-2024-06-11.json");
    public static final Path ADR_RULESET = locate("adr/linter.yaml");

    private SharedFiles() {}

    private static Path locate(String relative) {
        var path = Path.of("..", "shared").resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalStateException(
                    "Missing " + path + ": the tests expect the shared folder beside the repository");
        }
        return path;
    }
}
