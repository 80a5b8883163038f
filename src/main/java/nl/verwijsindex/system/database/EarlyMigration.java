package nl.verwijsindex.system.database;

import java.util.Map;
import java.util.Optional;
import nl.verwijsindex.system.DataFolder;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Runs the Flyway migrations on the embedded PostgreSQL as soon as {@link EmbeddedDatabaseEarlyStart}
 * started it, as the owner {@code postgres} with the same placeholder as {@link DatabaseConfiguration}
 * and after creating the application's role, so that they too run while Spring builds the context.
 * Spring Boot's own Flyway run then finds nothing left to apply and only validates.
 *
 * <p>NOTE: it reads only {@code spring.flyway.enabled} and {@code spring.flyway.locations}. Any
 * other {@code spring.flyway} setting applies to Spring Boot's run only, so add it here when the
 * application starts to use one.
 */
final class EarlyMigration {

    private static final Logger log = LoggerFactory.getLogger(EarlyMigration.class);

    private final String[] locations;
    private final ClassLoader classLoader;

    private EarlyMigration(String[] locations, ClassLoader classLoader) {
        this.locations = locations;
        this.classLoader = classLoader;
    }

    /** Returns the migration, or empty when {@code spring.flyway.enabled} is false. */
    static Optional<EarlyMigration> of(Environment environment, ClassLoader classLoader) {
        if (!environment.getProperty("spring.flyway.enabled", Boolean.class, true)) {
            return Optional.empty();
        }
        var locations = environment.getProperty(
                "spring.flyway.locations", String[].class, new String[] {"classpath:db/migration"});
        return Optional.of(new EarlyMigration(locations, classLoader));
    }

    /**
     * Migrates the database. A failure is only logged, because Spring Boot's Flyway run tries the
     * same migrations again and stops the start with the error.
     */
    void run(EmbeddedDatabase database, DataFolder dataFolder) {
        long started = System.nanoTime();
        try {
            // The grants of V20 name the application's role, so it must exist first.
            EmbeddedApplicationRole.ensure(database.postgres().getPostgresDatabase(), dataFolder);
            var result = Flyway.configure(classLoader)
                    .dataSource(database.postgres().getJdbcUrl("postgres", "postgres"), "postgres", "")
                    .locations(locations)
                    .placeholders(Map.of("application_role", EmbeddedApplicationRole.NAME))
                    .load()
                    .migrate();
            long milliseconds = (System.nanoTime() - started) / 1_000_000;
            if (result.migrationsExecuted == 0) {
                log.info("The embedded PostgreSQL had no pending migrations (checked in {} ms)", milliseconds);
            } else {
                log.info(
                        "Applied {} migrations to the embedded PostgreSQL in {} ms, now at version {}",
                        result.migrationsExecuted,
                        milliseconds,
                        result.targetSchemaVersion);
            }
        } catch (RuntimeException e) {
            log.warn("Migrating the embedded PostgreSQL early failed, so Spring Boot's Flyway run tries again", e);
        }
    }
}
