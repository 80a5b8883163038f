package nl.verwijsindex.system.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.springframework.context.ApplicationContext;

/**
 * Connections as the role that owns the tables, for tests that must do what the application's
 * role may not, such as tampering with the audit trail. The application itself never connects so.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {}

    /** Opens a new connection as the owner; the caller closes it. */
    public static Connection connect(ApplicationContext context) throws SQLException {
        var owner = context.getBean(DatabaseOwner.class);
        return DriverManager.getConnection(
                owner.url(), owner.username(), Objects.requireNonNullElse(owner.password(), ""));
    }

    /** Returns the JDBC URL of the database, without credentials. */
    public static String url(ApplicationContext context) {
        return context.getBean(DatabaseOwner.class).url().replaceAll("[?].*$", "");
    }

    /** Returns the name of the role the application's pool connects as. */
    public static String applicationRole(ApplicationContext context) {
        return context.getBean(DatabaseOwner.class).applicationRole();
    }
}
