package nl.verwijsindex.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on the class path, with its files in a folder
 * that survives restarts. Spring stops it when the context closes, after everything that uses it.
 *
 * <p>NOTE: the server trusts every connection from 127.0.0.1 without a password, as the library
 * sets it up, so any user of this machine can read the index. It is meant for a local run on a
 * machine of one's own; production uses an external PostgreSQL with credentials.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final @Nullable EmbeddedPostgres postgres;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    /**
     * Starts the server. A server still running on the folder is stopped first when {@code
     * stopRunning} is true; otherwise the start fails, so that a command never stops the database
     * of an index that is running.
     */
    static EmbeddedDatabase start(Path folder, boolean stopRunning) {
        try {
            Files.createDirectories(folder);
            if (stopRunning) {
                StalePostmaster.stopIfRunning(folder);
            } else {
                StalePostmaster.rejectIfRunning(folder);
            }
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    // Spring closes the server after the beans that use it; the library's own hook
                    // would stop it while they are still shutting down.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    // The library tunes PostgreSQL for throwaway test databases; this one keeps the
                    // index's data, so it must survive a crash of the machine.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), folder);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot start the embedded PostgreSQL in " + folder
                            + ": check that the folder is writable and not used by another running instance",
                    e);
        }
    }

    EmbeddedPostgres postgres() {
        return Optional.ofNullable(postgres).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        }
    }
}
