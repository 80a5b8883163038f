package nl.verwijsindex.pseudonymisation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the keys from {@code VERWIJSINDEX_PSEUDONYM_KEYS} and {@code VERWIJSINDEX_ENCRYPTION_KEYS}.
 * When either is missing, it generates both once into {@code <data dir>/keys.properties} and warns,
 * because keys in the data folder are only fit for a local run.
 */
@Configuration(proxyBeanMethods = false)
class PseudonymisationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PseudonymisationConfiguration.class);
    private static final String KEYS_FILE = "keys.properties";

    @Bean
    Pseudonymisation pseudonymisation(
            @Value("${verwijsindex.pseudonymisation.pseudonym-keys}") String pseudonymKeys,
            @Value("${verwijsindex.pseudonymisation.encryption-keys}") String encryptionKeys,
            DataFolder dataFolder) {
        if (!pseudonymKeys.isBlank() && !encryptionKeys.isBlank()) {
            return new KeyedPseudonymisation(
                    KeyRing.parse("pseudonymisation", pseudonymKeys), KeyRing.parse("encryption", encryptionKeys));
        }
        if (!pseudonymKeys.isBlank() || !encryptionKeys.isBlank()) {
            throw new IllegalStateException("Set both VERWIJSINDEX_PSEUDONYM_KEYS and VERWIJSINDEX_ENCRYPTION_KEYS, "
                    + "or neither for a local run with generated keys");
        }

        var keys = localKeys(dataFolder);
        log.warn(
                "Using keys generated in {}; production must supply its own keys in "
                        + "VERWIJSINDEX_PSEUDONYM_KEYS and VERWIJSINDEX_ENCRYPTION_KEYS",
                dataFolder.resolve(KEYS_FILE));
        return new KeyedPseudonymisation(
                KeyRing.parse("pseudonymisation", keys.getProperty("pseudonym-keys")),
                KeyRing.parse("encryption", keys.getProperty("encryption-keys")));
    }

    private static Properties localKeys(DataFolder dataFolder) {
        var file = dataFolder.resolve(KEYS_FILE);
        var keys = new Properties();
        try {
            if (Files.exists(file)) {
                keys.load(new StringReader(Files.readString(file)));
                return keys;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }

        keys.putAll(Map.of(
                "pseudonym-keys", generated("pseudonymisation").format(),
                "encryption-keys", generated("encryption").format()));
        dataFolder.writePrivateFile(
                KEYS_FILE,
                "# Generated for a local run. Never use these in production.\n"
                        + "pseudonym-keys=" + keys.getProperty("pseudonym-keys") + "\n"
                        + "encryption-keys=" + keys.getProperty("encryption-keys") + "\n");
        return keys;
    }

    private static KeyRing generated(String name) {
        byte[] key = new byte[KeyRing.KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        return new KeyRing(name, new java.util.TreeMap<>(Map.of(1, key)));
    }
}
