package nl.verwijsindex.system.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import nl.verwijsindex.system.DataFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link DataSource}: an external PostgreSQL when {@code VERWIJSINDEX_DATABASE_URL}
 * is set, otherwise an embedded PostgreSQL whose files live in {@code <data dir>/postgres}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode(DatabaseProperties properties) {
        return properties.external() ? DatabaseMode.EXTERNAL : DatabaseMode.EMBEDDED;
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseMode mode, DataFolder dataFolder) {
        return mode == DatabaseMode.EMBEDDED
                ? EmbeddedDatabase.start(dataFolder.resolve("postgres"))
                : EmbeddedDatabase.none();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        var config = new HikariConfig();
        config.setPoolName("verwijsindex");
        config.setMaximumPoolSize(20);
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        } else {
            EmbeddedPostgres postgres = embedded.postgres();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }
}
