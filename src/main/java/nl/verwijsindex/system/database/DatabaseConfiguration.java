package nl.verwijsindex.system.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link DataSource}: an external PostgreSQL when {@code VERWIJSINDEX_DATABASE_URL}
 * is set, otherwise an embedded PostgreSQL whose files live in {@code <data dir>/postgres}.
 *
 * <p>Two roles use the database. The owner runs the Flyway migrations and owns every table. The
 * application's pool connects as another role, which migration V20 lets change every table except
 * the audit trail, where it may only read and append. On the embedded PostgreSQL the owner is the
 * superuser {@code postgres} and the application role is created at start-up.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    DatabaseMode databaseMode(DatabaseProperties properties) {
        return properties.external() ? DatabaseMode.EXTERNAL : DatabaseMode.EMBEDDED;
    }

    /**
     * Starts the embedded PostgreSQL, or takes the one that {@link EmbeddedDatabaseEarlyStart}
     * started while the context was built. With {@code stopRunning} false (the {@code audit-verify}
     * command sets it), a server that a running index uses is left alone, and the start fails.
     */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            DatabaseMode mode,
            DataFolder dataFolder,
            ObjectProvider<EmbeddedDatabaseEarlyStart.StartedEarly> startedEarly,
            @Value("${verwijsindex.database.embedded-stop-running:true}") boolean stopRunning) {
        if (mode == DatabaseMode.EXTERNAL) {
            return EmbeddedDatabase.none();
        }
        var early = startedEarly.getIfAvailable();
        return early != null ? early.take() : EmbeddedDatabase.start(dataFolder.resolve("postgres"), stopRunning);
    }

    @Bean
    DatabaseOwner databaseOwner(DatabaseProperties properties, EmbeddedDatabase embedded) {
        if (!properties.external()) {
            var postgres = embedded.postgres();
            return new DatabaseOwner(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, EmbeddedApplicationRole.NAME);
        }
        var url = Objects.requireNonNull(properties.url());
        var username = Objects.requireNonNullElse(properties.username(), "");
        if (properties.separateOwner()) {
            if (username.isBlank()) {
                throw new IllegalStateException("VERWIJSINDEX_DATABASE_OWNER_USERNAME is set but"
                        + " VERWIJSINDEX_DATABASE_USERNAME is missing: set the role the application connects as");
            }
            return new DatabaseOwner(
                    url, Objects.requireNonNull(properties.ownerUsername()), properties.ownerPassword(), username);
        }
        log.warn("VERWIJSINDEX_DATABASE_OWNER_USERNAME is not set, so the application connects as the role that"
                + " owns the tables, and only database triggers keep it from changing audit entries");
        return new DatabaseOwner(url, username, properties.password(), username);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded, DataFolder dataFolder) {
        var config = new HikariConfig();
        config.setPoolName("verwijsindex");
        config.setMaximumPoolSize(20);
        // A request waits at most this long for a connection, so that while the database is
        // unreachable the API responds with 503 within seconds instead of after Hikari's default of 30 s.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        } else {
            var postgres = embedded.postgres();
            var password = EmbeddedApplicationRole.ensure(postgres.getPostgresDatabase(), dataFolder);
            config.setJdbcUrl(postgres.getJdbcUrl(EmbeddedApplicationRole.NAME, "postgres"));
            config.setUsername(EmbeddedApplicationRole.NAME);
            config.setPassword(password);
        }
        return new HikariDataSource(config);
    }

    /** Runs the migrations as the owner, and names the application role for the grants of V20. */
    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(DatabaseOwner owner) {
        return configuration -> configuration
                .dataSource(owner.url(), owner.username(), Objects.requireNonNullElse(owner.password(), ""))
                .placeholders(Map.of("application_role", owner.applicationRole()));
    }
}
