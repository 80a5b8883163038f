package nl.verwijsindex.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on the data folder by an instance that was killed
 * (for example with {@code kill -9}), because a new server cannot start while it uses the folder.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataFolder) throws IOException {
        var pidFile = dataFolder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }

        var process = readPid(pidFile).flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
        if (process.isPresent()) {
            var handle = process.get();
            log.warn(
                    "A PostgreSQL server (pid {}) from an earlier run still uses {}; stopping it",
                    handle.pid(),
                    dataFolder);
            handle.destroy();
            if (!waitForExit(handle, 20)) {
                handle.destroyForcibly();
                waitForExit(handle, 10);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * Raises an exception when a PostgreSQL server runs on the data folder.
     *
     * @throws IllegalStateException naming the server's process id
     */
    static void rejectIfRunning(Path dataFolder) throws IOException {
        var pidFile = dataFolder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var process = readPid(pidFile).flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
        if (process.isPresent()) {
            long pid = process.get().pid();
            throw new IllegalStateException(
                    "A PostgreSQL server (pid " + pid + ") already uses " + dataFolder + ". A running index or"
                            + " a command such as import-signals may use it: stop the index, or wait until the"
                            + " command has finished. If neither runs, a process that was killed left the server"
                            + " running: stop process " + pid + ", or start the index once, which stops it.");
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
    }

    private static boolean waitForExit(ProcessHandle handle, int seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }
}
