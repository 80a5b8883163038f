package nl.verwijsindex.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * Starts a real embedded PostgreSQL through the initializer that the application's {@code main}
 * method adds, in a data folder of its own, and checks who stops it.
 */
class EmbeddedDatabaseEarlyStartTests {

    @TempDir
    Path folder;

    @Test
    void startsServerThatBeanTakes() throws Exception {
        try (var context = startedContext(environment())) {
            var started = context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class);
            try (var database = started.take();
                    var connection = database.postgres().getPostgresDatabase().getConnection();
                    var result = connection.createStatement().executeQuery("select 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(1);
                assertThat(Files.exists(folder.resolve("postgres/PG_VERSION"))).isTrue();
            }
        }
    }

    @Test
    void appliesEveryMigrationBeforeHandingServerOver() throws Exception {
        long migrationFiles;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles =
                    files.filter(file -> file.toString().endsWith(".sql")).count();
        }

        try (var context = startedContext(environment());
                var database = context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class)
                        .take();
                var connection = database.postgres().getPostgresDatabase().getConnection();
                var result = connection.createStatement().executeQuery("""
                        select count(*) filter (where success), count(*) filter (where not success),
                               (select count(*) from pg_roles where rolname = 'verwijsindex_application')
                          from flyway_schema_history
                        """)) {
            assertThat(result.next()).isTrue();
            assertThat(result.getLong(1)).isEqualTo(migrationFiles);
            assertThat(result.getLong(2)).isZero();
            assertThat(result.getLong(3)).isEqualTo(1);
        }
    }

    @Test
    void migratesNothingWithFlywayOff() throws Exception {
        var environment = environment().withProperty("spring.flyway.enabled", "false");

        try (var context = startedContext(environment);
                var database = context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class)
                        .take();
                var connection = database.postgres().getPostgresDatabase().getConnection();
                var result = connection
                        .createStatement()
                        .executeQuery("select to_regclass('public.flyway_schema_history') is null")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getBoolean(1)).isTrue();
        }
    }

    @Test
    void leavesTakenServerRunningOnClose() throws Exception {
        var context = startedContext(environment());
        var database =
                context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class).take();
        var url = database.postgres().getJdbcUrl("postgres", "postgres");

        try (database) {
            context.close();

            try (var connection = DriverManager.getConnection(url)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void stopsUntakenServerOnClose() throws Exception {
        var context = startedContext(environment());
        var started = context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class);

        context.close();

        assertThat(Files.exists(folder.resolve("postgres/postmaster.pid"))).isFalse();
        assertThat(Files.exists(folder.resolve("postgres/PG_VERSION"))).isTrue();
        // The server is already stopped, so a second destroy does nothing.
        started.destroy();
    }

    @Test
    void stopsServerWhenRefreshFails() {
        var context = new GenericApplicationContext();
        context.setEnvironment(environment());
        new EmbeddedDatabaseEarlyStart().initialize(context);
        context.registerBean("failing", Object.class, () -> {
            throw new IllegalStateException("bean fails on purpose");
        });

        assertThatThrownBy(context::refresh).hasRootCauseMessage("bean fails on purpose");

        assertThat(Files.exists(folder.resolve("postgres/postmaster.pid"))).isFalse();
        assertThat(Files.exists(folder.resolve("postgres/PG_VERSION"))).isTrue();
    }

    @Test
    void startsNothingWithDatabaseUrl() {
        var environment = environment().withProperty("verwijsindex.database.url", "jdbc:postgresql://127.0.0.1:1/none");
        try (var context = startedContext(environment)) {
            assertThat(context.getBeanFactory().containsSingleton(EmbeddedDatabaseEarlyStart.BEAN_NAME))
                    .isFalse();
            assertThat(Files.exists(folder.resolve("postgres"))).isFalse();
        }
    }

    @Test
    void takeThrowsFailedStart() throws Exception {
        // A file where the server's folder should be makes the start fail.
        Files.writeString(folder.resolve("postgres"), "not a folder");
        try (var context = startedContext(environment())) {
            var started = context.getBean(EmbeddedDatabaseEarlyStart.StartedEarly.class);

            assertThatThrownBy(started::take)
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("Cannot start the embedded PostgreSQL in " + folder.resolve("postgres"));
        }
    }

    private MockEnvironment environment() {
        return new MockEnvironment().withProperty("verwijsindex.data-dir", folder.toString());
    }

    /** Runs the initializer and refreshes the context, as {@code SpringApplication} does. */
    private static GenericApplicationContext startedContext(MockEnvironment environment) {
        var context = new GenericApplicationContext();
        context.setEnvironment(environment);
        new EmbeddedDatabaseEarlyStart().initialize(context);
        context.refresh();
        return context;
    }
}
