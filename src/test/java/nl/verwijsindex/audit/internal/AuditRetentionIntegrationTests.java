package nl.verwijsindex.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;

/** Retention of the audit trail: the oldest entries go, the anchor keeps the chain verifiable. */
class AuditRetentionIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRetention retention;

    @Autowired
    ChainVerification verification;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void chainFromThreeYears() throws Exception {
        chain = new AuditChain(jdbc, context);
        chain.reset();
        // With the default retention of 7 years, the cutoff on 2026-12-04 is 2019-12-04 at noon.
        record(LocalDate.of(2018, 6, 1), 3);
        record(LocalDate.of(2019, 12, 3), 1);
        record(LocalDate.of(2019, 12, 5), 2);
        clock.setDate(DEFAULT_TODAY);
        chain.awaitChained();
    }

    @Test
    void deletesEntriesBeforeCutoffAndMovesAnchor() {
        var fourthHash = hash(4);

        var deleted = retention.deleteExpired();

        assertThat(deleted).isEqualTo(4);
        assertThat(chain.after(0)).extracting(AuditChain.Row::sequence).containsExactly(5L, 6L, 7L);
        assertThat(chain.after(6))
                .containsExactly(new AuditChain.Row(
                        7,
                        java.time.Instant.parse("2026-12-04T11:00:00Z"),
                        "write",
                        "success",
                        "system",
                        "audit-retention",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "audit-anchor",
                        "4",
                        null,
                        null,
                        "audit-retention"));
        var anchor = jdbc.sql("select sequence, hash from audit_anchor")
                .query((rs, row) -> rs.getLong(1) + ":" + HexFormat.of().formatHex(rs.getBytes(2)))
                .single();
        assertThat(anchor).isEqualTo("4:" + fourthHash);
        assertThat(verification.verify()).isEqualTo(new VerificationResult.Intact(3, 7, hash(7)));
    }

    @Test
    void chainGrowsOnFromAnchor() {
        retention.deleteExpired();

        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "after-retention"));

        assertThat(chain.after(0)).extracting(AuditChain.Row::sequence).containsExactly(5L, 6L, 7L, 8L);
        assertThat(verification.verify()).isEqualTo(new VerificationResult.Intact(4, 8, hash(8)));
    }

    @Test
    void secondRunDeletesNothing() {
        retention.deleteExpired();

        var deleted = retention.deleteExpired();

        assertThat(deleted).isZero();
        assertThat(chain.after(0)).hasSize(3);
    }

    @Test
    void keepsEntryRecordedAfterCutoffWithEarlierNumber() throws Exception {
        chain.reset();
        record(LocalDate.of(2018, 6, 1), 3);
        // A node whose clock runs ahead records entry 4 with a later time than entry 5.
        record(LocalDate.of(2019, 12, 10), 1);
        record(LocalDate.of(2019, 12, 5), 1);
        clock.setDate(DEFAULT_TODAY);
        chain.awaitChained();

        var deleted = retention.deleteExpired();

        assertThat(deleted).isEqualTo(3);
        assertThat(chain.after(0)).extracting(AuditChain.Row::sequence).containsExactly(4L, 5L, 6L);
    }

    @Test
    void functionRejectsRecentCutoff() {
        assertThatThrownBy(() -> jdbc.sql("select audit_delete_expired(now() - interval '11 months')")
                        .query()
                        .singleRow())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("entries of the last year are always kept");
        assertThat(chain.after(0)).hasSize(6);
    }

    @Test
    void retentionUnderOneYearIsRejected() {
        assertThatThrownBy(() -> new AuditRetention(jdbc, trail, clock, Period.ofMonths(11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set VERWIJSINDEX_AUDIT_RETENTION to at least 1 year");
    }

    private void record(LocalDate day, int count) {
        clock.setDate(day);
        for (int i = 0; i < count; i++) {
            trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "entry-of-" + day));
        }
    }

    private String hash(long sequence) {
        return HexFormat.of()
                .formatHex(jdbc.sql("select hash from audit_entries where sequence = ?")
                        .param(sequence)
                        .query(byte[].class)
                        .single());
    }
}
