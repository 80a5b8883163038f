package nl.verwijsindex.notification.dispatch;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.notification.TestSignals;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationDeliveryIntegrationTests extends IntegrationTest {

    private static final UUID MATCH = UUID.fromString("3b0e7d9c-2f4a-4b61-8c8e-5d2f1a7c9e01");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    NotificationDispatcher dispatcher;

    private TestSignals signals;
    private TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        signals = new TestSignals(jdbc);
        transactions = new TransactionTemplate(transactionManager);
    }

    @Test
    void committedMatchSendsOneEmail() throws Exception {
        var signal = signals.register(TEACHER, "LLN-2291", DEFAULT_TODAY);

        publishCommitted(matched(MatchType.CHILD, TEACHER, signal, NURSE, CARER));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var row = awaitSentRow();
        dispatcher.dispatchDue();
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        var email = received[0];
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna.devries@school.test");
        assertThat(email.getFrom()).extracting(Object::toString).containsExactly("verwijsindex@localhost");
        assertThat(email.getSubject())
                .isEqualTo("Match in de verwijsindex: kindmatch bij uw melding " + signal.number());
        assertThat(email.getSentDate()).isEqualTo(Date.from(clock.instant()));
        assertThat(email.getContentType()).startsWith("multipart/alternative");
        assertThat(Emails.alternatives(email).getCount()).isEqualTo(2);

        var text = Emails.text(email);
        assertThat(text).contains("Nummer van uw melding: " + signal.number() + "\n", "Uw eigen kenmerk: LLN-2291\n");
        assertThat(text).contains("Soort match: kindmatch\n", "Datum van de match: 4 december 2026\n");
        assertThat(text)
                .contains(
                        "Carla Smit\nOrganisatie: JGZ Haaglanden\nE-mailadres: carla.smit@jgz.test\n"
                                + "Telefoonnummer: 070 222 1111\n",
                        "Eva Visser\nOrganisatie: Jeugdhulp Zuid\nE-mailadres: eva.visser@jeugdhulp.test\n"
                                + "Telefoonnummer: 070 333 1111\n");
        var html = Emails.html(email);
        assertThat(html).contains(">Carla Smit</th>", "<a href=\"mailto:carla.smit@jgz.test\">carla.smit@jgz.test</a>");
        assertThat(html).contains(">Eva Visser</th>", ">070 333 1111</td>");

        assertThat(email.getMessageID()).isEqualTo("<notification." + row.get("id") + "@localhost>");
        assertThat(instant(row.get("sent_at"))).isEqualTo(clock.instant());
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("last_error")).isNull();
    }

    @Test
    void englishReaderGetsEnglishEmail() throws Exception {
        var signal = signals.register(COACH, null, DEFAULT_TODAY);

        publishCommitted(matched(MatchType.FAMILY, COACH, signal, YOUTH_DOCTOR));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var email = smtp.getReceivedMessages()[0];
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("finn.oneill@jeugdhulp.test");
        assertThat(email.getSubject())
                .isEqualTo("Match in the reference index: family match on your signal " + signal.number());
        var text = Emails.text(email);
        assertThat(text).startsWith("Dear Finn O'Neill,\n");
        assertThat(text).contains("Type of match: family match\n", "Date of the match: 4 December 2026\n");
        assertThat(text).contains("Your own reference: not given\n");
        assertThat(text)
                .contains("Daan Bakker\nOrganisation: JGZ Haaglanden\nEmail address: daan.bakker@jgz.test\n"
                        + "Phone number: not known\n");
        assertThat(Emails.html(email)).contains("<html lang=\"en\">");
    }

    @Test
    void rolledBackMatchSendsNothing() {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(matched(MatchType.CHILD, TEACHER, signal, NURSE));
            status.setRollbackOnly();
        });
        dispatcher.dispatchDue();

        assertThat(countRows()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void destroyedSignalCancelsPendingMessage() {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);
        queueWithoutSending(matched(MatchType.CHILD, TEACHER, signal, NURSE));
        var cancelledAt = clock.instant();

        publishCommitted(new SignalEnded(signal.id(), DEFAULT_TODAY, true));
        clock.setInstant(cancelledAt.plus(Duration.ofHours(2)));
        dispatcher.dispatchDue();

        // A background sender may have claimed the message first, so this call may have skipped it.
        var row =
                await().atMost(Duration.ofSeconds(5)).until(this::onlyRow, found -> found.get("cancelled_at") != null);
        assertThat(instant(row.get("cancelled_at"))).isEqualTo(cancelledAt);
        assertThat(row.get("sent_at")).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void destroyedOtherSignalLeavesPendingMessage() {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);
        var event = matched(MatchType.CHILD, TEACHER, signal, NURSE, CARER);
        var nurseSignal = event.otherSignalIds().get(0);
        var carerSignal = event.otherSignalIds().get(1);
        queueWithoutSending(event);
        var withdrawnAt = clock.instant();

        publishCommitted(new SignalEnded(nurseSignal, DEFAULT_TODAY, true));

        var afterFirst = onlyRow();
        assertThat(uuids(afterFirst.get("other_professional_ids"))).containsExactly(CARER.id());
        assertThat(uuids(afterFirst.get("other_signal_ids"))).containsExactly(carerSignal);
        assertThat(afterFirst.get("cancelled_at")).isNull();

        publishCommitted(new SignalEnded(carerSignal, DEFAULT_TODAY, true));

        var afterSecond = onlyRow();
        assertThat(instant(afterSecond.get("cancelled_at"))).isEqualTo(withdrawnAt);
        assertThat(afterSecond.get("sent_at")).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void leavesOutOtherWhoseSignalVanishedBeforeSending() throws Exception {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);
        var event = matched(MatchType.CHILD, TEACHER, signal, NURSE, CARER);
        queueWithoutSending(event);

        signals.delete(event.otherSignalIds().get(0));
        clock.setInstant(clock.instant().plus(Duration.ofHours(2)));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var text = Emails.text(smtp.getReceivedMessages()[0]);
        assertThat(text).contains(CARER.email()).doesNotContain(NURSE.email());
    }

    @Test
    void archivedSignalKeepsPendingMessage() throws Exception {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);
        queueWithoutSending(matched(MatchType.CHILD, TEACHER, signal, NURSE));
        var sentAt = clock.instant().plus(Duration.ofHours(2));

        publishCommitted(new SignalEnded(signal.id(), DEFAULT_TODAY, false));
        clock.setInstant(sentAt);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var row = awaitSentRow();
        assertThat(row.get("cancelled_at")).isNull();
        assertThat(instant(row.get("sent_at"))).isEqualTo(sentAt);
    }

    @Test
    void vanishedSignalCancelsMessageWhenSending() {
        var signal = signals.register(TEACHER, null, DEFAULT_TODAY);
        queueWithoutSending(matched(MatchType.CHILD, TEACHER, signal, NURSE));
        var cancelledAt = clock.instant().plus(Duration.ofHours(2));

        signals.delete(signal.id());
        clock.setInstant(cancelledAt);
        dispatcher.dispatchDue();

        // A background sender may have claimed the message first, so this call may have skipped it.
        var row =
                await().atMost(Duration.ofSeconds(5)).until(this::onlyRow, found -> found.get("cancelled_at") != null);
        assertThat(instant(row.get("cancelled_at"))).isEqualTo(cancelledAt);
        assertThat(row.get("sent_at")).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void tableContainsNoContactDetails() {
        var columns = jdbc.sql("""
                        select column_name from information_schema.columns
                         where table_name = 'notification_messages' order by ordinal_position
                        """).query(String.class).list();

        assertThat(columns)
                .containsExactly(
                        "id",
                        "number",
                        "recipient_professional_id",
                        "match_id",
                        "match_type",
                        "match_date",
                        "recipient_signal_id",
                        "other_professional_ids",
                        "other_signal_ids",
                        "created_at",
                        "attempts",
                        "next_attempt_at",
                        "last_error",
                        "sent_at",
                        "cancelled_at",
                        "proposed_coordinator_id",
                        "withheld_reason");
    }

    /** Returns the event for a match of the recipient's signal with new signals of the others. */
    private ProfessionalsMatched matched(
            MatchType type, TestRegion.Person recipient, SignalReference signal, TestRegion.Person... others) {
        var otherSignals = List.of(others).stream()
                .map(other -> signals.register(other, null, DEFAULT_TODAY).id())
                .toList();
        return new ProfessionalsMatched(
                MATCH,
                type,
                DEFAULT_TODAY,
                recipient.id(),
                signal.id(),
                List.of(others).stream().map(TestRegion.Person::id).toList(),
                otherSignals);
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /**
     * Queues the message while the clock is turned back by an hour, so that it is not yet due for the
     * background dispatcher and stays pending until the test moves the clock forward.
     */
    private void queueWithoutSending(ProfessionalsMatched event) {
        var now = clock.instant();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(event);
            clock.setInstant(now.minus(Duration.ofHours(1)));
        });
        assertThat(countRows()).isOne();
    }

    private Map<String, Object> onlyRow() {
        return jdbc.sql("select * from notification_messages").query().singleRow();
    }

    private long countRows() {
        return jdbc.sql("select count(*) from notification_messages")
                .query(Long.class)
                .single();
    }

    /** Waits until the background dispatcher has committed the sending of the only message. */
    private Map<String, Object> awaitSentRow() {
        return await().atMost(Duration.ofSeconds(5)).until(this::onlyRow, row -> row.get("sent_at") != null);
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }

    private static List<UUID> uuids(Object array) {
        try {
            return List.of((UUID[]) ((java.sql.Array) array).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
