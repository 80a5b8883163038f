package nl.verwijsindex.system.database;

import org.jspecify.annotations.Nullable;

/**
 * The connection settings of the role that owns the tables and runs the Flyway migrations, and the
 * name of the role the application's pool connects as. The application itself never connects as
 * the owner, so its own connections cannot change or delete audit entries.
 */
record DatabaseOwner(String url, String username, @Nullable String password, String applicationRole) {

    @Override
    public String toString() {
        return "DatabaseOwner[url=" + url + ", username=" + username + ", applicationRole=" + applicationRole + "]";
    }
}
