package nl.verwijsindex.registration;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

/**
 * Formats the exception that stopped the import command as one line: what failed, which database it
 * was (its URL without the password), and what to do next.
 */
final class ImportFailures {

    private ImportFailures() {}

    /**
     * Returns the one-line message for the failure. For an {@link SQLException} in its causes the
     * message names the database and what to do next. Otherwise it is the message of the most
     * specific cause.
     *
     * @param environment the command's settings, or {@code null} when it failed before reading them
     */
    static String describe(Throwable failure, @Nullable Environment environment) {
        var sql = sqlException(failure);
        if (sql != null) {
            return describe(sql, database(environment));
        }
        var cause = NestedExceptionUtils.getMostSpecificCause(failure);
        var message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        return oneLine(message);
    }

    private static String describe(SQLException sql, String database) {
        var state = sql.getSQLState() == null ? "" : sql.getSQLState();
        var message = oneLine(String.valueOf(sql.getMessage()));
        // SQLSTATE class 08 is a connection exception, class 28 an invalid authorization.
        if (state.startsWith("08")) {
            return "connecting to " + database + " failed: " + message
                    + " Start the database, or correct VERWIJSINDEX_DATABASE_URL.";
        }
        if (state.startsWith("28")) {
            return database + " rejected the login: " + message + " Correct VERWIJSINDEX_DATABASE_USERNAME and"
                    + " VERWIJSINDEX_DATABASE_PASSWORD, and the owner's if VERWIJSINDEX_DATABASE_OWNER_USERNAME is set.";
        }
        return database + " returned an error: " + message + " Run the command again with"
                + " --logging.level.nl.verwijsindex=debug to see the stack trace.";
    }

    /** Names the database: the external one by its URL, or the embedded one by its data folder. */
    private static String database(@Nullable Environment environment) {
        if (environment == null) {
            return "the database";
        }
        var url = environment.getProperty("verwijsindex.database.url");
        if (url == null || url.isBlank()) {
            return "the embedded database in the data folder " + environment.getProperty("verwijsindex.data-dir");
        }
        return "the database at " + withoutPassword(url);
    }

    /** Replaces the value of a {@code password} parameter in a JDBC URL with {@code ***}. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static @Nullable SQLException sqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
