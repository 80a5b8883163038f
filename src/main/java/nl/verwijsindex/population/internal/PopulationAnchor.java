package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import nl.verwijsindex.system.DataFolder;

/**
 * The anchor date of the synthetic population: the day of its first start, kept in
 * {@code <data dir>/synthetic-population.properties}. Birth dates are counted back from it, so that
 * the population does not age by a day with every restart.
 */
final class PopulationAnchor {

    static final String FILE = "synthetic-population.properties";
    static final String PROPERTY = "anchor-date";

    private PopulationAnchor() {}

    /** Reads the anchor date from the data folder, or stores today's date there when there is none yet. */
    static LocalDate readOrCreate(DataFolder dataFolder, Clock clock) {
        var file = dataFolder.resolve(FILE);
        if (Files.exists(file)) {
            return read(file);
        }

        var today = LocalDate.now(clock);
        dataFolder.writePrivateFile(
                FILE,
                "# The synthetic population counts its birth dates back from this day, its first start.\n"
                        + "# Deleting this file generates the population again from the next start's date,\n"
                        + "# which moves every birth date.\n"
                        + PROPERTY + "=" + today + "\n");
        return today;
    }

    private static LocalDate read(Path file) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the anchor date of the synthetic population from " + file, e);
        }

        var value = properties.getProperty(PROPERTY, "").trim();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "Invalid " + PROPERTY + " '" + value + "' in " + file + ": write a date as yyyy-mm-dd,"
                            + " or delete the file to generate the synthetic population from today",
                    e);
        }
    }
}
