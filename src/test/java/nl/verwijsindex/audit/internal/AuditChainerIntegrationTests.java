package nl.verwijsindex.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.testing.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * Chaining when unchained rows at the head of the queue do not form an entry, as rows inserted by
 * the owner role with an unknown action or an invalid purpose do. Each test stops the context's
 * chaining worker, so that only the test's own calls chain and their counts are exact. Each call
 * has a time limit, so that chaining that never ends fails the test instead of hanging the build.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditChainerIntegrationTests extends IntegrationTest {

    private static final String WARNING = "Audit chaining set aside ";
    private static final int GOOD_ROWS = 3;
    private static final byte[] ZERO_HASH = new byte[32];
    private static final Instant GOOD_TIME = Instant.parse("2026-12-04T10:00:00.000001Z");

    /** The time of the test clock, at which chaining records each row it sets aside. */
    private static final Instant CHAINING_TIME = Instant.parse("2026-12-04T11:00:00Z");

    /**
     * The time limit of one chaining call, far above the time that chaining 501 rows set aside takes
     * (under a second in these tests). JUnit then interrupts and abandons the call's thread, but
     * neither the chaining loop nor its JDBC calls check the interrupt flag, so the rows deleted
     * after the test end the loop.
     */
    private static final Duration CHAINING_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    AuditChainer chainer;

    @Autowired
    ChainVerification verification;

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainingWorker worker;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void stopWorkerAndEmptyChain() throws Exception {
        worker.stop();
        chain = new AuditChain(jdbc, context);
        chain.reset();
    }

    @AfterEach
    void emptyChainAndStartWorker() throws Exception {
        try {
            // Without rows a chaining call that timed out and still runs ends at its next batch.
            chain.reset();
        } finally {
            worker.start();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 499, 500, 501})
    void chainsGoodRowsBehindUnreadableOnes(int unreadable, CapturedOutput output) throws Exception {
        insertAsOwner(unreadable);

        var chained = chainPending();

        assertThat(chained).isEqualTo(GOOD_ROWS + unreadable);
        var rows = rows();
        assertThat(rows).hasSize(unreadable + GOOD_ROWS + unreadable);
        var setAsideIds =
                rows.subList(0, unreadable).stream().map(StoredRow::id).toList();
        var expected = new ArrayList<StoredRow>();
        for (var id : setAsideIds) {
            expected.add(new StoredRow(id, null, null, null, true));
        }
        var previousHash = ZERO_HASH;
        long sequence = 0;
        for (int i = 1; i <= GOOD_ROWS; i++) {
            sequence++;
            var hash = EntryHashes.hash(sequence, GOOD_TIME.plusSeconds(i), good(i), previousHash);
            expected.add(new StoredRow(rows.get(expected.size()).id(), sequence, hex(previousHash), hex(hash), false));
            previousHash = hash;
        }
        for (var id : setAsideIds) {
            sequence++;
            var hash = EntryHashes.hash(sequence, CHAINING_TIME, setAsideEntry(id), previousHash);
            expected.add(new StoredRow(rows.get(expected.size()).id(), sequence, hex(previousHash), hex(hash), false));
            previousHash = hash;
        }
        assertThat(rows).containsExactlyElementsOf(expected);
        var recorded = new ArrayList<AuditChain.Row>();
        for (int i = 0; i < unreadable; i++) {
            recorded.add(new AuditChain.Row(
                    GOOD_ROWS + i + 1,
                    CHAINING_TIME,
                    "write",
                    "success",
                    "system",
                    "audit-set-aside",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "audit-row",
                    setAsideIds.get(i).toString(),
                    null,
                    null,
                    "audit-set-aside"));
        }
        assertThat(chain.after(GOOD_ROWS)).containsExactlyElementsOf(recorded);
        assertThat(rows).extracting(StoredRow::id).isSorted();
        assertThat(occurrences(output.getAll(), WARNING)).isEqualTo(unreadable == 0 ? 0 : 1);
        if (unreadable > 0) {
            var first = rows.get(0).id();
            var last = rows.get(unreadable - 1).id();
            var ids = unreadable == 1 ? String.valueOf(first) : first + "-" + last;
            assertThat(output.getAll())
                    .contains(WARNING + unreadable + " unchained rows whose values do not form an entry, ids " + ids
                            + ". They stay outside the chain");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 499, 500, 501})
    void laterRunsSkipRowsSetAsideWithoutWarning(int unreadable, CapturedOutput output) throws Exception {
        insertAsOwner(unreadable);
        chainPending();

        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "after-set-aside"));
        var chainedLater = chainPending();

        long last = GOOD_ROWS + unreadable + 1;
        assertThat(chainedLater).isEqualTo(1);
        assertThat(chain.after(GOOD_ROWS + unreadable))
                .extracting(AuditChain.Row::sequence, AuditChain.Row::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(last, "after-set-aside"));
        assertThat(occurrences(output.getAll(), WARNING)).isEqualTo(unreadable == 0 ? 0 : 1);
        var setAsideIds = rows().stream()
                .filter(StoredRow::setAside)
                .map(StoredRow::id)
                .limit(VerificationResult.SET_ASIDE_LISTED)
                .toList();
        var lastHash = jdbc.sql("select hash from audit_entries where sequence = ?")
                .param(last)
                .query(byte[].class)
                .single();
        assertThat(verification.verify())
                .isEqualTo(new VerificationResult.Intact(last, last, hex(lastHash), unreadable, setAsideIds));
    }

    @Test
    void rowSetAsideCannotBeChangedLater() throws Exception {
        insertAsOwner(1);
        chainPending();
        var setAside = rows().get(0).id();
        var chained = rows().get(1).id();

        assertThatThrownBy(() -> jdbc.sql("update audit_entries set set_aside = false where id = ?")
                        .param(setAside)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_entries set sequence = 99, previous_hash = hash, hash = hash"
                                + " where id = ?")
                        .param(setAside)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update audit_entries set set_aside = true where id = ?")
                        .param(chained)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(rows().get(0).setAside()).isTrue();
        assertThat(rows().get(1).sequence()).isEqualTo(1L);
        assertThat(rows().get(1).setAside()).isFalse();
    }

    @Test
    void rangesJoinConsecutiveIds() {
        assertThat(AuditChainer.ranges(List.of(7L))).isEqualTo("7");
        assertThat(AuditChainer.ranges(List.of(12L, 3L, 4L, 5L, 4L, 9L, 10L))).isEqualTo("3-5, 9-10, 12");
    }

    /** Chains the pending rows, and fails when that takes longer than {@link #CHAINING_TIMEOUT}. */
    private int chainPending() {
        return assertTimeoutPreemptively(CHAINING_TIMEOUT, () -> chainer.chainPending());
    }

    /**
     * Inserts the unreadable rows and then the good ones in one transaction as the owner, so that
     * the unreadable rows have the lowest ids. Odd rows have an unknown action, even rows a purpose
     * with a space.
     */
    private void insertAsOwner(int unreadable) throws Exception {
        var statements = new ArrayList<String>();
        statements.add("insert into audit_entries (recorded_at, action, outcome, purpose)"
                + " select timestamptz '2026-12-04 09:00:00+00', case when n % 2 = 1 then 'erase' else 'read' end,"
                + " 'success', case when n % 2 = 1 then 'manual-fix' else 'retired purpose' end"
                + " from generate_series(1, " + unreadable + ") as n order by n");
        for (int i = 1; i <= GOOD_ROWS; i++) {
            statements.add("insert into audit_entries (recorded_at, action, outcome, purpose) values ('"
                    + GOOD_TIME.plusSeconds(i) + "', 'read', 'success', 'good-" + i + "')");
        }
        chain.asOwner(statements);
    }

    private static AuditEntry setAsideEntry(long id) {
        return AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, "audit-set-aside")
                .by(AuditActor.system("audit-set-aside"))
                .about("audit-row", id);
    }

    private static AuditEntry good(int i) {
        return AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "good-" + i);
    }

    private List<StoredRow> rows() {
        return jdbc.sql("select id, sequence, previous_hash, hash, set_aside from audit_entries order by id")
                .query((rs, row) -> new StoredRow(
                        rs.getLong("id"),
                        (Long) rs.getObject("sequence"),
                        hex(rs.getBytes("previous_hash")),
                        hex(rs.getBytes("hash")),
                        rs.getBoolean("set_aside")))
                .list();
    }

    private static @Nullable String hex(byte @Nullable [] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    private static long occurrences(String text, String phrase) {
        return Pattern.compile(Pattern.quote(phrase)).matcher(text).results().count();
    }

    /** The chain columns of one row, with the hashes in hex. */
    private record StoredRow(
            long id,
            @Nullable Long sequence,
            @Nullable String previousHash,
            @Nullable String hash,
            boolean setAside) {}
}
