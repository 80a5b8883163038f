package nl.verwijsindex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.verwijsindex.audit.internal.ChainVerification;
import nl.verwijsindex.audit.internal.VerificationResult;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends, hash chain, concurrency and rollback of the audit trail, on an emptied chain. */
class AuditTrailIntegrationTests extends IntegrationTest {

    private static final String ZERO_HASH = "0".repeat(64);

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerification verification;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void emptyChain() throws Exception {
        chain = new AuditChain(jdbc, context);
        chain.reset();
    }

    @Test
    void storesEveryFieldOfEntry() {
        var child = new Pseudonym(1, bytes(32, 0xab));
        var onBehalfOf = UUID.fromString("00000000-0000-0000-0000-00000000beef");

        trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "register-signal")
                .by(AuditActor.apiClient(TestRegion.SCHOOL.id(), TestRegion.SCHOOL.id()))
                .onBehalfOf(onBehalfOf)
                .from("192.0.2.7")
                .about("signal", "6c1f0f36-0000-4000-8000-000000000001")
                .child(child));

        assertThat(chain.after(0))
                .containsExactly(new AuditChain.Row(
                        1,
                        Instant.parse("2026-12-04T11:00:00Z"),
                        "write",
                        "success",
                        "api-client",
                        TestRegion.SCHOOL.id().toString(),
                        "api-client",
                        TestRegion.SCHOOL.id(),
                        null,
                        onBehalfOf,
                        "192.0.2.7",
                        "signal",
                        "6c1f0f36-0000-4000-8000-000000000001",
                        "ab".repeat(32),
                        1,
                        "register-signal"));
    }

    @Test
    void hashFollowsDocumentedCanonicalForm() throws Exception {
        clock.setInstant(Instant.parse("2026-12-04T09:15:30.123456789Z"));
        trail.record(AuditEntry.of(AuditAction.LOGIN_FAILED, AuditOutcome.REJECTED, "password-login")
                .from("::1"));
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "verify-audit-trail")
                .by(AuditActor.account(TestRegion.MUNICIPALITY, "municipal-officer", null, TestRegion.MUNICIPALITY)));
        chain.awaitChained();

        var hashes = jdbc.sql("select previous_hash, hash from audit_entries order by sequence")
                .query((rs, row) -> List.of(hex(rs.getBytes(1)), hex(rs.getBytes(2))))
                .list();
        var first = """
                verwijsindex-audit-v1
                sequence=1
                recorded_at=2026-12-04T09:15:30.123456Z
                action=login-failed
                outcome=rejected
                actor_type=
                actor_id=
                actor_role=
                actor_organisation_id=
                actor_municipality_id=
                on_behalf_of_id=
                origin=::1
                object_type=
                object_id=
                child_pseudonym=
                purpose=password-login
                previous_hash=%s
                """.formatted(ZERO_HASH);
        var firstHash = sha256(first);
        var second = """
                verwijsindex-audit-v1
                sequence=2
                recorded_at=2026-12-04T09:15:30.123456Z
                action=read
                outcome=success
                actor_type=account
                actor_id=%1$s
                actor_role=municipal-officer
                actor_organisation_id=
                actor_municipality_id=%1$s
                on_behalf_of_id=
                origin=
                object_type=
                object_id=
                child_pseudonym=
                purpose=verify-audit-trail
                previous_hash=%2$s
                """.formatted(TestRegion.MUNICIPALITY, firstHash);
        assertThat(hashes.get(0)).containsExactly(ZERO_HASH, firstHash);
        assertThat(hashes.get(1)).containsExactly(firstHash, sha256(second));
    }

    @Test
    void rolledBackTransactionLeavesNoEntry() {
        transactions.executeWithoutResult(status -> {
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "rolled-back"));
            status.setRollbackOnly();
        });

        assertThat(chain.after(0)).isEmpty();
    }

    @Test
    void separateEntrySurvivesRollback() {
        transactions.executeWithoutResult(status -> {
            trail.recordSeparately(AuditEntry.of(AuditAction.LOGIN_FAILED, AuditOutcome.REJECTED, "kept"));
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "rolled-back"));
            status.setRollbackOnly();
        });

        assertThat(chain.after(0))
                .extracting(AuditChain.Row::sequence, AuditChain.Row::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "kept"));
        assertThat(verification.verify()).isEqualTo(intact(1));
    }

    @Test
    void separateEntryDuringOwnTransactionIsKept() {
        transactions.executeWithoutResult(status -> {
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "first"));
            trail.recordSeparately(AuditEntry.of(AuditAction.LOGIN_FAILED, AuditOutcome.REJECTED, "second"));
        });
        trail.recordSeparately(AuditEntry.of(AuditAction.LOGIN_FAILED, AuditOutcome.REJECTED, "third"));

        var rows = chain.after(0);
        assertThat(rows).extracting(AuditChain.Row::sequence).containsExactly(1L, 2L, 3L);
        // "second" commits before "first", so either can be chained first, but "third" comes last.
        assertThat(rows.subList(0, 2)).extracting(AuditChain.Row::purpose).containsExactlyInAnyOrder("first", "second");
        assertThat(rows.get(2).purpose()).isEqualTo("third");
        assertThat(verification.verify()).isEqualTo(intact(3));
    }

    @Test
    void uncommittedEntryStaysUnchained() {
        transactions.executeWithoutResult(status -> {
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "open"));

            assertThat(verification.verify()).isEqualTo(new VerificationResult.Intact(0, 0, ZERO_HASH));
            var unchained = jdbc.sql("select sequence is null from audit_entries where purpose = 'open'")
                    .query(Boolean.class)
                    .single();
            assertThat(unchained).isTrue();
        });

        assertThat(chain.after(0)).extracting(AuditChain.Row::purpose).containsExactly("open");
    }

    @Test
    void applicationRoleChainsEntryOnlyOnce() {
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "original"));
        chain.awaitChained();

        assertThatThrownBy(() -> jdbc.sql("update audit_entries set sequence = 7, hash = previous_hash")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("The audit trail is append-only: UPDATE on audit_entries is rejected");
        assertThat(chain.after(0)).extracting(AuditChain.Row::sequence).containsExactly(1L);
        assertThat(verification.verify()).isEqualTo(intact(1));
    }

    @Test
    void parallelAppendsFormOneChain() throws Exception {
        int threads = 50;
        int appendsPerThread = 4;
        var executor = Executors.newFixedThreadPool(threads);
        var tasks = new ArrayList<Callable<Void>>();
        for (int thread = 0; thread < threads; thread++) {
            var purpose = "thread-" + thread;
            tasks.add(() -> {
                for (int i = 0; i < appendsPerThread; i++) {
                    trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, purpose));
                }
                return null;
            });
        }

        try {
            for (var future : executor.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        var rows = chain.after(0);
        assertThat(rows).hasSize(threads * appendsPerThread);
        assertThat(rows)
                .extracting(AuditChain.Row::sequence)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(verification.verify()).isEqualTo(intact(200));
    }

    @Test
    void applicationRoleCannotChangeEntries() {
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "original"));

        for (var statement : List.of(
                "update audit_entries set purpose = 'changed'",
                "delete from audit_entries",
                "truncate audit_entries",
                "update audit_anchor set sequence = 5",
                "insert into audit_anchor (id, sequence, hash) values (2, 0, decode(repeat('00', 32), 'hex'))")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied for table audit_");
        }
        assertThat(chain.after(0)).extracting(AuditChain.Row::purpose).containsExactly("original");
    }

    @Test
    void applicationConnectsAsItsOwnRole() {
        var role = jdbc.sql("select current_user").query(String.class).single();

        assertThat(role).isEqualTo("verwijsindex_application");
    }

    @Test
    void triggerRejectsChangesByOwner() throws Exception {
        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "original"));

        try (var connection = nl.verwijsindex.system.database.OwnerDatabase.connect(context);
                var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_entries set purpose = 'changed'"))
                    .hasMessageContaining("The audit trail is append-only: UPDATE on audit_entries is rejected");
            assertThatThrownBy(() -> statement.execute("delete from audit_entries"))
                    .hasMessageContaining("The audit trail is append-only: DELETE on audit_entries is rejected");
            assertThatThrownBy(() -> statement.execute("truncate audit_entries"))
                    .hasMessageContaining("The audit trail is append-only: TRUNCATE on audit_entries is rejected");
        }
        assertThat(chain.after(0)).extracting(AuditChain.Row::purpose).containsExactly("original");
    }

    @Test
    void intactChainReportsCountAndLastEntry() {
        appendFive();

        var result = verification.verify();

        assertThat(result).isEqualTo(intact(5));
    }

    @Test
    void emptyChainIsIntact() {
        assertThat(verification.verify()).isEqualTo(new VerificationResult.Intact(0, 0, ZERO_HASH));
    }

    @Test
    void verificationNamesChangedEntry() throws Exception {
        appendFive();

        chain.asOwner(List.of("update audit_entries set origin = '198.51.100.9' where sequence = 3"));

        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Broken(3, VerificationResult.Problem.CHANGED));
    }

    @Test
    void verificationNamesEntryWithUnreadableValue() throws Exception {
        appendFive();

        chain.asOwner(List.of("update audit_entries set action = 'erase' where sequence = 2"));

        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Broken(2, VerificationResult.Problem.CHANGED));
    }

    @Test
    void verificationNamesDeletedEntry() throws Exception {
        appendFive();

        chain.asOwner(List.of("delete from audit_entries where sequence = 3"));

        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Broken(3, VerificationResult.Problem.MISSING));
    }

    @Test
    void verificationNamesDeletedFirstEntry() throws Exception {
        appendFive();

        chain.asOwner(List.of("delete from audit_entries where sequence = 1"));

        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Broken(1, VerificationResult.Problem.MISSING));
    }

    @Test
    void verificationNamesEntryAfterRehashedOne() throws Exception {
        appendFive();
        var secondHash = hex(jdbc.sql("select hash from audit_entries where sequence = 2")
                .query(byte[].class)
                .single());
        var forged = """
                verwijsindex-audit-v1
                sequence=3
                recorded_at=2026-12-04T11:00:00.000000Z
                action=read
                outcome=success
                actor_type=
                actor_id=
                actor_role=
                actor_organisation_id=
                actor_municipality_id=
                on_behalf_of_id=
                origin=
                object_type=
                object_id=
                child_pseudonym=
                purpose=forged
                previous_hash=%s
                """.formatted(secondHash);

        // Entry 3 is changed together with a hash that fits the change, so only entry 4's link shows it.
        chain.asOwner(List.of("update audit_entries set purpose = 'forged', hash = decode('" + sha256(forged)
                + "', 'hex') where sequence = 3"));

        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Broken(4, VerificationResult.Problem.UNLINKED));
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "entry-" + i));
        }
        chain.awaitChained();
    }

    private VerificationResult intact(long count) {
        var last = jdbc.sql("select hash from audit_entries where sequence is not null order by sequence desc limit 1")
                .query(byte[].class)
                .single();
        return new VerificationResult.Intact(count, count, hex(last));
    }

    private static byte[] bytes(int length, int value) {
        var bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(String text) throws Exception {
        return hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
