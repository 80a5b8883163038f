package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BrpStub;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.testing.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the stub over HTTPS with client certificates. The keystores are made by the
 * JDK's keytool at the start of the test: one key pair for the stub (for 127.0.0.1), one for the
 * index, and one the stub does not trust.
 */
class BrpMutualTlsTests {

    private static final String PASSWORD = "test-store-password";

    @TempDir
    static Path folder;

    private static BrpStub stub;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 4));

    @BeforeAll
    static void startStub() throws Exception {
        keyPair("server", "CN=127.0.0.1", "SAN=ip:127.0.0.1");
        keyPair("client", "CN=verwijsindex", null);
        keyPair("stranger", "CN=stranger", null);
        trust("server", "client-trust.p12");
        trust("client", "server-trust.p12");

        stub = BrpStub.startHttps(serverContext());
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void findsPersonOverMutualTls() {
        stub.reset();
        var register = register("client.p12");

        var person = register.findPerson(Bsn.of("999970033"));

        assertThat(person).isPresent();
        assertThat(stub.personenRequests()).isEqualTo(1);
    }

    @Test
    void failsWithUntrustedClientCertificate() {
        stub.reset();
        var register = register("stranger.p12");

        assertThatThrownBy(() -> register.findPerson(Bsn.of("999970033")))
                .isInstanceOf(PopulationRegisterUnavailableException.class)
                .hasMessageStartingWith("The connection to the population register failed");
        assertThat(stub.personenRequests()).isZero();
    }

    @Test
    void rejectsUnreadableKeystore() {
        var settings = BrpSettingsTests.bind(Map.of(
                "url",
                stub.url(),
                "api-key",
                BrpStub.API_KEY,
                "keystore",
                folder.resolve("client.p12").toString(),
                "keystore-password",
                "wrong"));

        assertThatThrownBy(() -> BrpTls.context(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VERWIJSINDEX_POPULATION_BRP_KEYSTORE " + folder.resolve("client.p12"))
                .hasMessageContaining("check the path and VERWIJSINDEX_POPULATION_BRP_KEYSTORE_PASSWORD");
    }

    private BrpPopulationRegister register(String keystore) {
        var settings = BrpSettingsTests.bind(Map.of(
                "url",
                stub.url(),
                "api-key",
                BrpStub.API_KEY,
                "keystore",
                folder.resolve(keystore).toString(),
                "keystore-password",
                PASSWORD,
                "truststore",
                folder.resolve("client-trust.p12").toString(),
                "truststore-password",
                PASSWORD,
                "max-attempts",
                "1"));
        settings.validate();
        var transport = new BrpTransport(settings.connectTimeout(), settings.readTimeout(), BrpTls.context(settings));
        var authentication = BrpAuthentication.apiKey(settings.apiKeyHeader(), settings.apiKey());
        return new BrpPopulationRegister(
                settings, transport, authentication, duration -> {}, new SimpleMeterRegistry(), clock);
    }

    private static SSLContext serverContext() throws IOException, GeneralSecurityException {
        var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load("server.p12"), PASSWORD.toCharArray());
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("server-trust.p12"));
        var context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(String file) throws IOException, GeneralSecurityException {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve(file))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keyPair(String name, String distinguishedName, @Nullable String extension) throws Exception {
        var command = new ArrayList<>(List.of(
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                distinguishedName,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                folder.resolve(name + ".p12").toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        keytool(command);
        keytool(List.of(
                "-exportcert",
                "-alias",
                name,
                "-keystore",
                folder.resolve(name + ".p12").toString(),
                "-storepass",
                PASSWORD,
                "-file",
                folder.resolve(name + ".cer").toString()));
    }

    private static void trust(String name, String truststore) throws Exception {
        keytool(List.of(
                "-importcert",
                "-noprompt",
                "-alias",
                name,
                "-file",
                folder.resolve(name + ".cer").toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                folder.resolve(truststore).toString(),
                "-storepass",
                PASSWORD));
    }

    private static void keytool(List<String> arguments) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
