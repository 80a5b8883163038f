package nl.verwijsindex.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the index runs against in a fault test, all on 127.0.0.1: a PostgreSQL server of its own, an
 * SMTP server, the population register stub and the region's organisations. Nodes started here
 * share the database and the keys, as nodes of one production index do.
 */
final class FaultEnvironment implements AutoCloseable {

    final FaultDatabase database;
    final MailSink mail;
    final FamilyRegister register;
    final FaultRegion region = new FaultRegion();

    private final Path folder;
    private final byte[] pseudonymKey = randomKey();
    private final Map<String, String> keys;
    private final List<IndexNode> nodes = new ArrayList<>();
    private boolean regionInserted;

    private FaultEnvironment(int familyCount) {
        folder = temporaryFolder();
        database = FaultDatabase.create(folder.resolve("postgres"));
        mail = MailSink.start();
        register = FamilyRegister.start(familyCount);
        keys = Map.of(
                "VERWIJSINDEX_PSEUDONYM_KEYS", "1:" + base64(pseudonymKey),
                "VERWIJSINDEX_ENCRYPTION_KEYS", "1:" + base64(randomKey()),
                "VERWIJSINDEX_TOTP_SECRET_KEYS", "1:" + base64(randomKey()));
    }

    static FaultEnvironment start(int familyCount) {
        return new FaultEnvironment(familyCount);
    }

    JdbcClient jdbc() {
        return database.jdbc();
    }

    /**
     * Starts a node with the common settings and the extra ones, which replace common ones of the
     * same name. The first node migrates the database, after which the region is inserted.
     */
    IndexNode startNode(String name, Map<String, String> extra) {
        var settings = new HashMap<>(settings(name));
        settings.putAll(extra);
        var node = IndexNode.start(name, settings);
        nodes.add(node);
        if (!regionInserted) {
            region.insert(jdbc());
            regionInserted = true;
        }
        return node;
    }

    private Map<String, String> settings(String name) {
        var settings = new HashMap<>(keys);
        settings.put("VERWIJSINDEX_DATA_DIR", folder.resolve(name).toString());
        settings.put("VERWIJSINDEX_DATABASE_URL", database.jdbcUrl());
        settings.put("VERWIJSINDEX_DATABASE_USERNAME", FaultDatabase.APPLICATION);
        settings.put("VERWIJSINDEX_DATABASE_PASSWORD", "application");
        settings.put("VERWIJSINDEX_DATABASE_OWNER_USERNAME", FaultDatabase.OWNER);
        settings.put("VERWIJSINDEX_DATABASE_OWNER_PASSWORD", "owner");
        settings.put("VERWIJSINDEX_DEMO", "false");
        settings.put("VERWIJSINDEX_SMTP_HOST", "127.0.0.1");
        settings.put("VERWIJSINDEX_SMTP_PORT", Integer.toString(mail.port()));
        settings.put("VERWIJSINDEX_SMTP_STARTTLS", "false");
        settings.put("VERWIJSINDEX_MAIL_DISPATCH_INTERVAL", "500ms");
        settings.put("VERWIJSINDEX_POPULATION_BRP_URL", register.url());
        settings.put("VERWIJSINDEX_POPULATION_BRP_API_KEY", "fault-tests");
        settings.put("VERWIJSINDEX_POPULATION_RECHECK_CRON", "-");
        settings.put("VERWIJSINDEX_SIGNAL_EXPIRY_CRON", "-");
        settings.put("VERWIJSINDEX_AGE_LIMIT_CRON", "-");
        settings.put("VERWIJSINDEX_ARCHIVE_DESTRUCTION_CRON", "-");
        settings.put("VERWIJSINDEX_REMINDER_CRON", "-");
        return settings;
    }

    /** Stops every node, then the servers, and deletes the folder. */
    @Override
    public void close() {
        nodes.forEach(IndexNode::close);
        register.close();
        mail.close();
        database.close();
        deleteFolder();
    }

    private void deleteFolder() {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    /** Returns the child's pseudonym as the index computes it: HMAC-SHA-256 of the BSN's digits, key version 1. */
    byte[] pseudonym(String bsn) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pseudonymKey, "HmacSHA256"));
            return mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("verwijsindex-faults-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
