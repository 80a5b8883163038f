package nl.verwijsindex.registration.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.verwijsindex.registration.SignalImportException;

/**
 * The lock that lets one import run at a time, on any node: a PostgreSQL session-level advisory
 * lock, held on a connection of its own until the run ends or its process dies.
 */
final class ImportLock implements AutoCloseable {

    /** The lock's two 32-bit keys: "impt" in ASCII, and 0, apart from the one-key locks of the families. */
    private static final String KEYS = "1768779892, 0";

    private final Connection connection;

    private ImportLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock without waiting.
     *
     * @throws SignalImportException when another import has taken it
     */
    static ImportLock acquire(DataSource dataSource) {
        try {
            var connection = dataSource.getConnection();
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("select pg_try_advisory_lock(" + KEYS + ")")) {
                result.next();
                if (!result.getBoolean(1)) {
                    connection.close();
                    throw new SignalImportException("Another import-signals run is importing into this database;"
                            + " wait until it has finished, then run this import again");
                }
            }
            return new ImportLock(connection);
        } catch (SQLException e) {
            throw new SignalImportException("Cannot take the import lock in the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection;
                var statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEYS + ")");
        }
    }
}
