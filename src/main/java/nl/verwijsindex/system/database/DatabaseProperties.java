package nl.verwijsindex.system.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to an external PostgreSQL. Without a URL the application starts an embedded
 * PostgreSQL in the data folder.
 *
 * @param username the role the application connects as
 * @param ownerUsername the role that owns the tables and runs the migrations; when unset, the
 *     migrations run as {@code username}, which then owns the tables
 */
@ConfigurationProperties("verwijsindex.database")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String ownerUsername,
        @Nullable String ownerPassword) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    boolean separateOwner() {
        return ownerUsername != null && !ownerUsername.isBlank();
    }
}
