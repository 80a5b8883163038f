package nl.verwijsindex.system.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection to an external PostgreSQL. Without a URL the application starts an embedded
 * PostgreSQL in the data folder.
 */
@ConfigurationProperties("verwijsindex.database")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
