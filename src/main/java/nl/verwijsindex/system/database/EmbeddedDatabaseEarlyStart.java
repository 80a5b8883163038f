package nl.verwijsindex.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application's settings are
 * known, and migrates it ({@link EarlyMigration}), so that {@code initdb}, the server start and the
 * migrations run while Spring builds the context instead of when the first bean needs the database.
 * The {@code embeddedDatabase} bean then takes the started server. With a database URL it does
 * nothing.
 *
 * <p>Only the application's {@code main} method adds it. Tests and the commands start the server in
 * the {@code embeddedDatabase} bean instead, because their settings may still change after the
 * initializers ran.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedDatabaseStartedEarly";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        var url = environment.getProperty("verwijsindex.database.url", "");
        if (!url.isBlank()) {
            return;
        }

        var dataFolder = dataFolder(environment);
        boolean stopRunning =
                environment.getProperty("verwijsindex.database.embedded-stop-running", Boolean.class, true);
        var migration = EarlyMigration.of(environment, EmbeddedDatabaseEarlyStart.class.getClassLoader());
        var started = new StartedEarly(dataFolder, stopRunning, migration);
        var beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, started);
        // Registered before every other bean, so destroyed after them when the context closes, or
        // when its refresh fails before the embeddedDatabase bean took the server.
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, started);
        }
    }

    private static DataFolder dataFolder(Environment environment) {
        var path = environment.getRequiredProperty("verwijsindex.data-dir");
        return new DataFolder(Path.of(path)).create();
    }

    /** The server being started, until the {@code embeddedDatabase} bean takes it. */
    static final class StartedEarly implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(StartedEarly.class);

        private final CompletableFuture<EmbeddedDatabase> server = new CompletableFuture<>();
        private boolean handedOver;

        StartedEarly(DataFolder dataFolder, boolean stopRunning, Optional<EarlyMigration> migration) {
            var thread = new Thread(() -> start(dataFolder, stopRunning, migration), "embedded-postgres-start");
            thread.start();
        }

        private void start(DataFolder dataFolder, boolean stopRunning, Optional<EarlyMigration> migration) {
            try {
                var database = EmbeddedDatabase.start(dataFolder.resolve("postgres"), stopRunning);
                migration.ifPresent(m -> m.run(database, dataFolder));
                server.complete(database);
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }

        /**
         * Waits until the server has started and hands it over, after which the caller closes it.
         * A failed start throws the exception of {@link EmbeddedDatabase#start}.
         */
        synchronized EmbeddedDatabase take() {
            handedOver = true;
            try {
                return server.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        /** Stops the server when no bean took it, after its start has ended. */
        @Override
        public synchronized void destroy() {
            if (handedOver) {
                return;
            }
            handedOver = true;
            try {
                server.get().close();
            } catch (ExecutionException e) {
                log.warn("The embedded PostgreSQL failed to start, so there is no server to stop", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
            }
        }
    }
}
