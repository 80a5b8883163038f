package nl.verwijsindex.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's check whether standard error is a terminal, on links like those in {@code
 * /proc/self/fd}, and the masking of the password in the database URL that its messages print.
 */
class ImportSignalsCommandTests {

    @TempDir
    Path folder;

    @Test
    void pseudoTerminalIsTerminal() throws Exception {
        var link = Files.createSymbolicLink(folder.resolve("2"), Path.of("/dev/pts/3"));

        assertThat(ImportSignalsCommand.isTerminal(link)).isTrue();
    }

    @Test
    void consoleDeviceIsTerminal() throws Exception {
        var link = Files.createSymbolicLink(folder.resolve("2"), Path.of("/dev/tty1"));

        assertThat(ImportSignalsCommand.isTerminal(link)).isTrue();
    }

    @Test
    void fileIsNotTerminal() throws Exception {
        var link = Files.createSymbolicLink(folder.resolve("2"), folder.resolve("summary.txt"));

        assertThat(ImportSignalsCommand.isTerminal(link)).isFalse();
    }

    @Test
    void pipeIsNotTerminal() throws Exception {
        var link = Files.createSymbolicLink(folder.resolve("2"), Path.of("pipe:[48213]"));

        assertThat(ImportSignalsCommand.isTerminal(link)).isFalse();
    }

    @Test
    void passwordIsMaskedInDatabaseUrl() {
        assertThat(ImportFailures.withoutPassword("jdbc:postgresql://db:5432/vi?user=vi&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/vi?user=vi&password=***&ssl=true");
    }
}
