package nl.verwijsindex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import nl.verwijsindex.audit.internal.ChainVerification;
import nl.verwijsindex.system.database.OwnerDatabase;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The command {@code audit-verify}: its output and exit status on an intact and on a broken chain. */
class AuditVerifyCommandIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerification verification;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void twoEntries() throws Exception {
        chain = new AuditChain(jdbc, context);
        chain.reset();
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "first"));
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "second"));
        chain.awaitChained();
    }

    @Test
    void intactChainExitsWithZero() {
        var output = new ByteArrayOutputStream();

        var status = AuditVerifyCommand.execute(verification, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .isEqualTo("Audit trail intact: 2 entries verified, the last is entry 2 with hash " + lastHash()
                        + System.lineSeparator());
    }

    @Test
    void brokenChainExitsWithOneAndNamesEntry() throws Exception {
        chain.asOwner(List.of("delete from audit_entries where sequence = 1"));
        var output = new ByteArrayOutputStream();

        var status = AuditVerifyCommand.execute(verification, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .isEqualTo("Audit trail broken: entry 1 is missing" + System.lineSeparator());
    }

    @Test
    void rowSetAsideExitsWithOne() throws Exception {
        var id = insertUnreadableRow();
        var output = new ByteArrayOutputStream();

        var status = AuditVerifyCommand.execute(verification, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .isEqualTo("Audit trail intact: 3 entries verified, the last is entry 3 with hash " + hash(3)
                        + System.lineSeparator()
                        + "Audit trail contains rows outside the chain whose values do not form an entry: 1 set aside,"
                        + " the first ids [" + id + "]; check them and delete them as the owner role"
                        + System.lineSeparator());
    }

    @Test
    void brokenChainAlsoNamesRowSetAside() throws Exception {
        chain.asOwner(List.of("delete from audit_entries where sequence = 1"));
        var id = insertUnreadableRow();
        var output = new ByteArrayOutputStream();

        var status = AuditVerifyCommand.execute(verification, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .isEqualTo("Audit trail broken: entry 1 is missing" + System.lineSeparator()
                        + "Audit trail contains rows outside the chain whose values do not form an entry: 1 set aside,"
                        + " the first ids [" + id + "]; check them and delete them as the owner role"
                        + System.lineSeparator());
    }

    /**
     * Runs the whole command, with its own Spring context, against the test database as an external
     * database, because an embedded one in the same folder is in use by the tests.
     */
    @Test
    void commandRunsWithoutWebServer() throws Exception {
        var arguments = commandArguments();

        var intact = AuditVerifyCommand.run(arguments);
        chain.asOwner(List.of("update audit_entries set purpose = 'other' where sequence = 2"));
        var broken = AuditVerifyCommand.run(arguments);

        assertThat(intact).isEqualTo(AuditVerifyCommand.INTACT);
        assertThat(broken).isEqualTo(AuditVerifyCommand.BROKEN);
    }

    @Test
    void commandExitsWithTwoWhenDatabaseIsMissing() throws Exception {
        var status = AuditVerifyCommand.run(
                "--verwijsindex.data-dir=" + Files.createTempDirectory("audit-verify-"),
                "--verwijsindex.database.url=jdbc:postgresql://127.0.0.1:1/none",
                "--verwijsindex.database.username=nobody",
                "--logging.level.root=info");

        assertThat(status).isEqualTo(AuditVerifyCommand.ERROR);
    }

    private String[] commandArguments() throws Exception {
        return new String[] {
            "--verwijsindex.data-dir=" + Files.createTempDirectory("audit-verify-"),
            "--verwijsindex.database.url=" + OwnerDatabase.url(context),
            "--verwijsindex.database.username=" + OwnerDatabase.applicationRole(context),
            // Puts the test's log level back, because the command's context reconfigures logging.
            "--logging.level.root=info"
        };
    }

    /** Inserts, as the owner, a row with an unknown action, and returns its id. */
    private long insertUnreadableRow() throws Exception {
        chain.asOwner(List.of("insert into audit_entries (recorded_at, action, outcome, purpose)"
                + " values ('2026-12-04T09:00:00Z', 'erase', 'success', 'manual-fix')"));
        return jdbc.sql("select id from audit_entries where action = 'erase'")
                .query(Long.class)
                .single();
    }

    private String lastHash() {
        return hash(2);
    }

    private String hash(long sequence) {
        return HexFormat.of()
                .formatHex(jdbc.sql("select hash from audit_entries where sequence = ?")
                        .param(sequence)
                        .query(byte[].class)
                        .single());
    }
}
