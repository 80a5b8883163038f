package nl.verwijsindex.system.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import javax.sql.DataSource;
import nl.verwijsindex.system.DataFolder;

/**
 * Creates the login role that the application's pool uses on the embedded PostgreSQL, apart from
 * the superuser that owns the tables and runs the migrations. Its password is generated once into
 * {@code <data dir>/database.properties}.
 *
 * <p>NOTE: the embedded server trusts every connection from 127.0.0.1, so the password is not
 * checked there. The role still matters, because its privileges keep the application's own
 * connections from changing or deleting audit entries.
 */
final class EmbeddedApplicationRole {

    static final String NAME = "verwijsindex_application";

    private static final String PASSWORD_FILE = "database.properties";
    private static final String PASSWORD_PROPERTY = "application-password";

    private EmbeddedApplicationRole() {}

    /** Creates the role when it does not exist, sets its password and returns the password. */
    static String ensure(DataSource superuser, DataFolder dataFolder) {
        var password = password(dataFolder);
        try (var connection = superuser.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + NAME
                    + "') then create role " + NAME + " login; end if; end $$");
            // The password is Base64url text, so it contains no quote to escape.
            statement.execute("alter role " + NAME + " with login password '" + password + "'");
            return password;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create the database role " + NAME + " in the embedded PostgreSQL", e);
        }
    }

    private static String password(DataFolder dataFolder) {
        var file = dataFolder.resolve(PASSWORD_FILE);
        var properties = new Properties();
        try {
            if (Files.exists(file)) {
                properties.load(new StringReader(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        var stored = properties.getProperty(PASSWORD_PROPERTY);
        if (stored != null && !stored.isBlank()) {
            return stored;
        }

        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        dataFolder.writePrivateFile(
                PASSWORD_FILE,
                "# Generated for the embedded database of a local run.\n" + PASSWORD_PROPERTY + "=" + generated + "\n");
        return generated;
    }
}
