package nl.verwijsindex.access.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Password hashing, TOTP codes and the key that encrypts TOTP secrets. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";
    private static final Logger log = LoggerFactory.getLogger(AccountsConfiguration.class);
    private static final String KEYS_FILE = "totp-keys.properties";

    /**
     * Hashes new passwords with Argon2id (16 MiB of memory, 2 iterations, Spring Security's
     * defaults since 5.8) and still checks bcrypt hashes, by the {@code {id}} prefix of each hash.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    /**
     * Stores session attributes with PostgreSQL's {@code insert ... on conflict}, so that two requests
     * of one session that add the same attribute at once, such as a double-clicked form that leaves a
     * flash message, do not fail on the attributes table's primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    TotpCodes totpCodes(Clock clock) {
        return new TotpCodes(clock);
    }

    /**
     * Reads the keys from {@code VERWIJSINDEX_TOTP_SECRET_KEYS}. Without it, generates one key
     * once into {@code <data dir>/totp-keys.properties} and warns, because that is only fit for a
     * local run.
     */
    @Bean
    SecretCipher secretCipher(@Value("${verwijsindex.accounts.totp-secret-keys}") String keys, DataFolder dataFolder) {
        if (!keys.isBlank()) {
            return SecretCipher.parse(keys);
        }
        log.warn(
                "Using a TOTP secret key generated in {}; production must supply its own key in "
                        + "VERWIJSINDEX_TOTP_SECRET_KEYS",
                dataFolder.resolve(KEYS_FILE));
        return SecretCipher.parse(localKeys(dataFolder));
    }

    private static String localKeys(DataFolder dataFolder) {
        var file = dataFolder.resolve(KEYS_FILE);
        if (Files.exists(file)) {
            var properties = new Properties();
            try {
                properties.load(new StringReader(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            return properties.getProperty("totp-secret-keys");
        }

        var key = new byte[SecretCipher.KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        var keys = "1:" + Base64.getEncoder().encodeToString(key);
        dataFolder.writePrivateFile(
                KEYS_FILE,
                "# Generated for a local run. Never use this in production.\ntotp-secret-keys=" + keys + "\n");
        return keys;
    }
}
