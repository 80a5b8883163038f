package nl.verwijsindex.system.api;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises an API request that failed because the database could not be reached, and builds its
 * {@code 503} problem. Such a failure passes once the database is back, so the response is a
 * {@code 503} with {@code Retry-After}, after which the client sends the request again, and not a
 * {@code 500}.
 */
final class DatabaseUnavailable {

    /** The seconds in the {@code Retry-After} header, because a restart of PostgreSQL takes a few. */
    static final long RETRY_AFTER_SECONDS = 5;

    static final String TITLE = "Database unavailable";

    /**
     * SQLSTATE classes of a lost database: {@code 08} (connection exception) and {@code 57P}
     * (operator intervention, such as a server shutting down or starting).
     */
    private static final List<String> UNAVAILABLE_STATES = List.of("08", "57P");

    private DatabaseUnavailable() {}

    /**
     * Returns whether the failure, or one of its causes, is a lost or refused database connection,
     * or the connection pool's timeout while it waited for one.
     */
    static boolean causedBy(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            // A commit or rollback on a lost connection fails too, and its exception can replace the
            // one that made the transaction end. Spring's JDBC transaction manager raises it with
            // the SQLException it could not translate, such as HikariCP's "Connection is closed"
            // (no SQLSTATE) for a connection that the pool dropped after a connection error.
            if (cause instanceof TransactionSystemException ended && ended.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof TransactionSystemException ended
                    && ended.getApplicationException() != null
                    && causedBy(ended.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** Returns the {@code 503} problem and sets the {@code Retry-After} header on the response. */
    static ProblemDetail problem(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                TITLE,
                "The index could not reach its database, so the request may not have been carried out. Send it"
                        + " again after the seconds in the Retry-After header. A registration sent again returns"
                        + " the signal when it was stored.",
                List.of());
    }

    /** Returns the message of the failure's deepest cause, for a log line without a stack trace. */
    static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isUnavailableState(String state) {
        return state != null && UNAVAILABLE_STATES.stream().anyMatch(state::startsWith);
    }
}
