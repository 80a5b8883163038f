package nl.verwijsindex.resilience;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL server that the fault tests start, stop and start again on the same data folder
 * and port, so that the index processes keep their JDBC URL across a restart. It has the two
 * roles of a production database: {@value #OWNER} owns the tables and runs the migrations, and the
 * index connects as {@value #APPLICATION}. The server trusts every connection from 127.0.0.1, so the
 * passwords are never checked.
 */
final class FaultDatabase implements AutoCloseable {

    static final String OWNER = "verwijsindex_owner";
    static final String APPLICATION = "verwijsindex_app";
    static final String DATABASE = "verwijsindex";

    private final Path folder;
    private final int port;
    private EmbeddedPostgres server;

    private FaultDatabase(Path folder, int port) {
        this.folder = folder;
        this.port = port;
        this.server = startServer();
    }

    /** Starts a new server in the folder, creates the roles and the database. */
    static FaultDatabase create(Path folder) {
        var database = new FaultDatabase(folder, FreePorts.next());
        database.createRolesAndDatabase();
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Returns a client that connects as the superuser, for checks and for the test's fixture. */
    JdbcClient jdbc() {
        var source = new PGSimpleDataSource();
        source.setUrl(jdbcUrl());
        source.setUser("postgres");
        return JdbcClient.create(source);
    }

    /** Stops the server with PostgreSQL's fast shutdown, which ends every open connection. */
    synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the PostgreSQL server of " + folder, e);
        }
    }

    /** Starts the server again on the same folder and port. */
    synchronized void start() {
        server = startServer();
    }

    @Override
    public void close() {
        stop();
    }

    private EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The durability of production, so that a commit the index acknowledged survives.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL in " + folder + " on port " + port, e);
        }
    }

    private void createRolesAndDatabase() {
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role " + OWNER + " login password 'owner'");
            statement.execute("create role " + APPLICATION + " login password 'application'");
            statement.execute("create database " + DATABASE + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the roles and database of the fault tests", e);
        }
    }
}
