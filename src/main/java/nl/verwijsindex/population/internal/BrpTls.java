package nl.verwijsindex.population.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Builds the TLS context for mutual TLS with the register: the client certificate and key from a
 * keystore and, when set, the register's CA certificates from a truststore. Without a truststore the
 * JDK's default CA certificates are trusted. The store type follows the file name: {@code .jks} is
 * JKS, anything else PKCS#12.
 */
final class BrpTls {

    private BrpTls() {}

    /** Returns the context, or null when no keystore is set, so that the JDK's default context is used. */
    static @Nullable SSLContext context(BrpSettings settings) {
        if (!settings.mutualTls()) {
            return null;
        }
        try {
            var keys = load(settings.keystore(), settings.keystorePassword(), "KEYSTORE");
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, settings.keystorePassword().toCharArray());

            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (settings.truststore().isBlank()) {
                trustManagers.init((KeyStore) null);
            } else {
                trustManagers.init(load(settings.truststore(), settings.truststorePassword(), "TRUSTSTORE"));
            }

            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The TLS settings of the population register are invalid: " + e.getMessage() + "; check "
                            + BrpSettings.PREFIX + "KEYSTORE, " + BrpSettings.PREFIX + "TRUSTSTORE and their passwords",
                    e);
        }
    }

    private static KeyStore load(String file, String password, String setting) throws GeneralSecurityException {
        var path = Path.of(file.strip());
        var type = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        var store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password.toCharArray());
        } catch (IOException e) {
            throw new IllegalStateException(
                    BrpSettings.PREFIX + setting + " " + path.toAbsolutePath()
                            + " cannot be read as a " + type + " store: " + e.getMessage()
                            + "; check the path and " + BrpSettings.PREFIX + setting + "_PASSWORD",
                    e);
        }
        return store;
    }
}
