package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import nl.verwijsindex.system.DataFolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file {@code <data dir>/demo-children.json}: a dozen families of the synthetic population, and
 * a few persons whom the rules reject, for people trying the index by hand.
 */
final class DemoChildren {

    static final String FILE = "demo-children.json";

    private static final Logger log = LoggerFactory.getLogger(DemoChildren.class);
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The content of the file. */
    record Demo(String about, String anchorDate, List<Family> families, List<RejectedPerson> rejected) {}

    /** A family, with parents labelled A, B, ... so that each child can name the parents it has. */
    record Family(String description, List<Parent> parents, List<Child> children) {}

    record Parent(String label, @Nullable String bsn, String birthDate) {}

    /** A child, with the four-digit code of the municipality it lives in. */
    record Child(String bsn, String birthDate, String municipalityCode, List<String> parents) {}

    record RejectedPerson(String bsn, String birthDate, String description) {}

    private DemoChildren() {}

    /**
     * Writes the file for the population, unless the file already has this content, so that
     * it is written once per anchor date.
     */
    static void write(SyntheticPopulation population, DataFolder dataFolder) {
        var content = JSON.writeValueAsString(DemoSelection.select(population)) + "\n";
        var file = dataFolder.resolve(FILE);
        try {
            if (Files.exists(file) && Files.readString(file).equals(content)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": delete it so that it is written again", e);
        }

        dataFolder.writePrivateFile(FILE, content);
        log.info("Wrote families of the synthetic population for trying the index to {}", file);
    }
}
