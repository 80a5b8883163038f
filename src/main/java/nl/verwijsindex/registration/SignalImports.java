package nl.verwijsindex.registration;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Imports signals from a CSV file in bulk, for moving from another index. Each row is checked by
 * the rules of a registration, stored in chunks of one transaction each, and matched like a
 * registered signal. Running the same file again stores nothing twice.
 */
public interface SignalImports {

    /**
     * Imports the file and writes the rejected rows to {@code FILE.rejected.csv} beside it.
     *
     * @param progress where the progress bar goes, usually standard error
     * @param terminal whether {@code progress} is a terminal, which gets a redrawn line instead of a
     *     line every 10 seconds
     * @throws SignalImportException when the import could not run or had to stop; the chunks stored
     *     before stay, and a rerun continues
     */
    Result importFile(Path file, PrintStream progress, boolean terminal);

    /**
     * The counts of a run. Every row of the file is in exactly one of them.
     *
     * @param report the file with the rejected rows
     */
    record Result(long imported, long alreadyPresent, long rejected, Path report) {

        /** Returns the line that the command prints last: {@code imported=N already-present=N rejected=N}. */
        public String summary() {
            return "imported=" + imported + " already-present=" + alreadyPresent + " rejected=" + rejected;
        }
    }
}
