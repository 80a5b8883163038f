package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.notification.SmtpOutage;
import nl.verwijsindex.notification.outbox.OutboxCounts;
import nl.verwijsindex.registration.SignalReferences;
import nl.verwijsindex.testing.IntegrationTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What coordination emails must never do: go out for a rejected or replayed step, contain the
 * child's BSN, name or birth date, or leave no audit entry. The match is a child match of TEACHER
 * (a signal-only school), NURSE, CARER and COACH. HEADTEACHER is not in it.
 */
class CoordinationEmailRulesIntegrationTests extends IntegrationTest {

    /** The RvIG test person of {@link Matches#CHILD}: Mira Maasland, born 1 January 2017. */
    static final List<String> CHILD_DETAILS =
            List.of(CHILD, "Mira", "Maasland", "20170101", "2017-01-01", "1 januari 2017", "1 January 2017");

    @Autowired
    CoordinationService coordination;

    @Autowired
    SignalReferences signalReferences;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OutboxCounts outboxCounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    CoordinationEmails emails;
    Matches matches;
    UUID teacherSignal;
    UUID carerSignal;
    UUID match;

    @BeforeEach
    void matchOfFour() throws Exception {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        matches = new Matches(port);
        teacherSignal = matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        carerSignal = matches.register(CARER, CHILD);
        matches.register(COACH, CHILD);
        match = matches.onlyMatchOf(CARER);
        emails = new CoordinationEmails(jdbc, smtp);
        emails.discardMatchEmails();
    }

    @Test
    void rejectedStepsQueueNothing() throws Exception {
        assertRejectedWithoutEmail(() -> coordination.propose(accountOf(CARER), match, TEACHER.id()));
        assertRejectedWithoutEmail(() -> coordination.propose(accountOf(CARER), match, HEADTEACHER.id()));
        assertRejectedWithoutEmail(() -> coordination.accept(accountOf(NURSE), match));
        assertRejectedWithoutEmail(() -> coordination.decline(accountOf(NURSE), match));
        assertRejectedWithoutEmail(() -> coordination.recordContact(accountOf(HEADTEACHER), match));
        assertRejectedWithoutEmail(() -> coordination.accept(accountOf(HEADTEACHER), match));

        coordination.propose(accountOf(CARER), match, NURSE.id());
        coordination.recordContact(accountOf(NURSE), match);
        emails.discardMatchEmails();
        assertRejectedWithoutEmail(() -> coordination.accept(accountOf(CARER), match));
        assertRejectedWithoutEmail(() -> coordination.decline(accountOf(COACH), match));
        assertRejectedWithoutEmail(() -> coordination.accept(accountOf(TEACHER), match));
        assertRejectedWithoutEmail(() -> coordination.recordContact(accountOf(NURSE), match));
        assertRejectedWithoutEmail(() -> coordination.propose(accountOf(HEADTEACHER), match, CARER.id()));

        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(YOUTH_HEALTH.id())
                .update();
        assertRejectedWithoutEmail(() -> coordination.accept(accountOf(NURSE), match));
        jdbc.sql("update organisations set signal_only = false where id = ?")
                .param(YOUTH_HEALTH.id())
                .update();

        coordination.accept(accountOf(NURSE), match);
        emails.discardMatchEmails();
        assertRejectedWithoutEmail(() -> coordination.propose(accountOf(CARER), match, NURSE.id()));
        assertRejectedWithoutEmail(() -> coordination.decline(accountOf(NURSE), match));
    }

    @Test
    void replayedStepsQueueOnce() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        coordination.propose(accountOf(CARER), match, NURSE.id());
        coordination.propose(accountOf(COACH), match, NURSE.id());
        assertThat(emails.delivered()).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        assertThat(emails.queued()).isEqualTo(3);
        smtp.purgeEmailFromAllMailboxes();

        coordination.accept(accountOf(NURSE), match);
        assertThatThrownBy(() -> coordination.accept(accountOf(NURSE), match))
                .isInstanceOf(CoordinationRejectedException.class);
        assertThat(emails.delivered()).containsOnlyKeys(TEACHER.email(), CARER.email(), COACH.email());
        assertThat(emails.queued()).isEqualTo(6);
        smtp.purgeEmailFromAllMailboxes();

        coordination.recordContact(accountOf(CARER), match);
        assertThatThrownBy(() -> coordination.recordContact(accountOf(CARER), match))
                .isInstanceOf(CoordinationRejectedException.class);
        assertThat(emails.delivered()).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        assertThat(emails.queued()).isEqualTo(9);
    }

    @Test
    void emailsNameNoChildDetails() throws Exception {
        coordination.propose(accountOf(CARER), match, NURSE.id());
        coordination.recordContact(accountOf(TEACHER), match);
        coordination.decline(accountOf(NURSE), match);
        coordination.propose(accountOf(NURSE), match, CARER.id());
        coordination.accept(accountOf(CARER), match);
        emails.awaitQueued();

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(15);
        for (var message : received) {
            var email = CoordinationEmails.Email.of(message);
            for (var detail : CHILD_DETAILS) {
                assertThat(email.subject()).doesNotContain(detail);
                assertThat(email.text()).doesNotContain(detail);
                assertThat(email.html()).doesNotContain(detail);
            }
        }
    }

    @Test
    void sentEmailRecordsAuditEntry() throws Exception {
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        coordination.recordContact(accountOf(CARER), match);
        emails.awaitQueued();

        var entries = chain.after(before).stream()
                .filter(row -> row.purpose().equals("coordination-notification"))
                .toList();
        assertThat(entries).hasSize(3);
        for (var entry : entries) {
            var messageId = UUID.fromString(entry.objectId());
            assertThat(entry)
                    .isEqualTo(ExpectedEntry.of("notification", "success", "coordination-notification")
                            .bySystem("notification-dispatcher")
                            .from(null)
                            .about("message", messageId)
                            .child(childOfMessage(messageId))
                            .at(entry.sequence(), clock.instant()));
        }
        assertThat(entries.stream().map(AuditChain.Row::objectId)).containsExactlyInAnyOrderElementsOf(messageIds());
        assertThat(childOfMessage(UUID.fromString(entries.get(0).objectId()))).isEqualTo(hex(teacherSignal));
    }

    @Test
    void failedEmailRecordsAuditEntry() throws Exception {
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        try (var outage = SmtpOutage.begin(smtp)) {
            coordination.recordContact(accountOf(CARER), match);
            await().atMost(Duration.ofSeconds(10)).until(() -> failedCount() == 3);
        }

        var failures = chain.after(before).stream()
                .filter(row -> row.purpose().equals("coordination-notification"))
                .toList();
        // The test clock does not advance, so no message is tried again after its back-off.
        assertThat(failures).hasSize(3);
        for (var failure : failures) {
            var messageId = UUID.fromString(failure.objectId());
            assertThat(failure)
                    .isEqualTo(ExpectedEntry.of("notification", "failed", "coordination-notification")
                            .bySystem("notification-dispatcher")
                            .from(null)
                            .about("message", messageId)
                            .child(childOfMessage(messageId))
                            .at(failure.sequence(), clock.instant()));
        }
        assertThat(jdbc.sql("select count(*) from coordination_messages where sent_at is not null")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(outboxCounts.count()).isEqualTo(new OutboxCounts.Counts(3, 3));
    }

    @Test
    void destroyedSignalCancelsItsPendingEmails() throws Exception {
        try (var outage = SmtpOutage.begin(smtp)) {
            coordination.recordContact(accountOf(CARER), match);
            await().atMost(Duration.ofSeconds(10)).until(() -> failedCount() == 3);

            matches.end(TEACHER, teacherSignal, "unjustified");
        }

        assertThat(cancelledAt(TEACHER.id())).isEqualTo(clock.instant());
        assertThat(cancelledAt(NURSE.id())).isNull();
        assertThat(cancelledAt(COACH.id())).isNull();
        assertThat(emails.queued()).isEqualTo(3);
    }

    @Test
    void emailNamingDepartedMemberIsCancelled() throws Exception {
        try (var outage = SmtpOutage.begin(smtp)) {
            coordination.propose(accountOf(NURSE), match, CARER.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> failedCount() == 3);

            matches.end(CARER, carerSignal, "risk-gone");
        }
        clock.setInstant(clock.instant().plus(Duration.ofHours(1)));

        var delivered = emails.delivered();
        assertThat(delivered).containsOnlyKeys(TEACHER.email(), NURSE.email(), COACH.email());
        assertThat(delivered.values())
                .extracting(CoordinationEmails.Email::subject)
                .containsOnly(
                        "Verwijsindex: voorstel voor een regievoerder vervallen in uw kindmatch van 4 december 2026",
                        "Reference index: a proposal for a coordinator lapsed in your child match of 4 December 2026");
        assertThat(jdbc.sql("""
                                select count(*) from coordination_messages
                                 where change = 'proposed' and cancelled_at is not null
                                """).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void destroyedMatchDeletesItsEmails() throws Exception {
        coordination.recordContact(accountOf(CARER), match);
        emails.awaitQueued();
        assertThat(emails.queued()).isEqualTo(3);

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new MatchesDestroyed(List.of(match))));

        assertThat(emails.queued()).isZero();
    }

    @Test
    void rolledBackStepQueuesNothing() throws Exception {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            coordination.recordContact(accountOf(CARER), match);
            status.setRollbackOnly();
        });

        assertThat(emails.queued()).isZero();
        assertThat(emails.delivered()).isEmpty();
    }

    @Test
    void outboxTableContainsIdsOnly() {
        var columns = jdbc.sql("""
                        select column_name from information_schema.columns
                         where table_name = 'coordination_messages' order by ordinal_position
                        """).query(String.class).list();

        assertThat(columns)
                .containsExactly(
                        "id",
                        "number",
                        "recipient_professional_id",
                        "recipient_signal_id",
                        "match_id",
                        "match_type",
                        "match_date",
                        "change",
                        "actor_professional_id",
                        "status",
                        "proposed_coordinator_id",
                        "coordinator_id",
                        "created_at",
                        "attempts",
                        "next_attempt_at",
                        "last_error",
                        "sent_at",
                        "cancelled_at",
                        "withheld_reason");
    }

    private void assertRejectedWithoutEmail(ThrowingCallable step) throws Exception {
        long queued = emails.queued();

        assertThatThrownBy(step).isInstanceOfAny(CoordinationRejectedException.class, MatchNotFoundException.class);

        assertThat(emails.queued()).isEqualTo(queued);
        assertThat(emails.delivered()).isEmpty();
    }

    private String childOfMessage(UUID messageId) {
        var signalId = jdbc.sql("select recipient_signal_id from coordination_messages where id = ?")
                .param(messageId)
                .query(UUID.class)
                .single();
        return hex(signalId);
    }

    private String hex(UUID signalId) {
        return HexFormat.of()
                .formatHex(signalReferences.childOf(signalId).orElseThrow().value());
    }

    private List<String> messageIds() {
        return jdbc.sql("select id from coordination_messages").query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    private @Nullable Instant cancelledAt(UUID recipientId) {
        var cancelled = jdbc.sql("select cancelled_at from coordination_messages where recipient_professional_id = ?")
                .param(recipientId)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp("cancelled_at")))
                .single();
        return cancelled.map(Timestamp::toInstant).orElse(null);
    }

    private int failedCount() {
        return jdbc.sql("select count(*) from coordination_messages where attempts > 0")
                .query(Integer.class)
                .single();
    }
}
