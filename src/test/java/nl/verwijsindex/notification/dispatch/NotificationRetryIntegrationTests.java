package nl.verwijsindex.notification.dispatch;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.coordination.ProposedCoordinators;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.notification.SmtpOutage;
import nl.verwijsindex.notification.TestSignals;
import nl.verwijsindex.notification.mail.NotificationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.NotificationMessages;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.registration.SignalReferences;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.MutableClock;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(OutputCaptureExtension.class)
class NotificationRetryIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MeterRegistry meters;

    @Autowired
    NotificationMessages messages;

    @Autowired
    Professionals professionals;

    @Autowired
    SignalReferences signalReferences;

    @Autowired
    ProposedCoordinators proposedCoordinators;

    @Autowired
    AuditTrail trail;

    @Autowired
    NotificationMailComposer composer;

    @Autowired
    NotificationSender sender;

    @Autowired
    NotificationMetrics metrics;

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
    void messageWaitsForSmtpServer() throws Exception {
        var failuresBefore = failures();
        var queuedAt = clock.instant();

        try (var outage = SmtpOutage.begin(smtp)) {
            publishCommitted(matched(TEACHER, NURSE));

            var failed = awaitAttempts(1);
            assertThat(failed.get("sent_at")).isNull();
            assertThat(instant(failed.get("next_attempt_at"))).isEqualTo(queuedAt.plusSeconds(5));
            assertThat((String) failed.get("last_error"))
                    .startsWith("MailSendException: Mail server connection failed");
            assertThat((String) failed.get("last_error")).doesNotContain("@school.test");
            assertThat(failures()).isEqualTo(failuresBefore + 1);
            // The run updates the gauge after the failed attempt is committed, so wait for it.
            await().atMost(Duration.ofSeconds(5)).until(this::pendingGauge, pending -> pending == 1.0);

            dispatcher.dispatchDue();
            assertThat(onlyRow().get("attempts")).isEqualTo(1);

            outage.end();
        }
        var sentAt = queuedAt.plusSeconds(5);
        clock.setInstant(sentAt);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var sent = awaitSent();
        dispatcher.dispatchDue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(sent.get("attempts")).isEqualTo(1);
        assertThat(instant(sent.get("sent_at"))).isEqualTo(sentAt);
        await().atMost(Duration.ofSeconds(5)).until(this::pendingGauge, pending -> pending == 0.0);
    }

    @Test
    void operatorIsAlertedOnceAfterTenFailures(CapturedOutput output) throws Exception {
        try (var outage = SmtpOutage.begin(smtp)) {
            publishCommitted(matched(COACH, CARER));
            awaitAttempts(1);
            for (int attempt = 2; attempt <= 11; attempt++) {
                clock.setInstant(clock.instant().plus(RetrySchedule.MAX_DELAY));
                awaitAttempts(attempt);
            }

            var id = onlyRow().get("id");
            assertThat(occurrences(output.getAll(), "operator action needed")).isOne();
            assertThat(output.getAll())
                    .contains("Notification " + id + " for professional " + COACH.id() + " failed 10 times");
            assertThat(output.getAll()).contains("Notification " + id + " failed on attempt 8,");
            assertThat(output.getAll()).doesNotContain("Notification " + id + " failed on attempt 9,");
            assertThat(output.getAll()).doesNotContain("Notification " + id + " failed on attempt 11,");
            assertThat(output.getAll()).doesNotContain(COACH.email(), CARER.email(), COACH.name(), CARER.name());

            outage.end();
        }
        clock.setInstant(clock.instant().plus(RetrySchedule.MAX_DELAY));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(awaitSent().get("attempts")).isEqualTo(11);
    }

    @Test
    void twoDispatchersSendEachMessageOnce() throws Exception {
        var recipients = List.of(TEACHER, HEADTEACHER, NURSE, CARER, COACH, OFFICER);
        var dueAt = clock.instant();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 24; i++) {
                var recipient = recipients.get(i % recipients.size());
                var other = recipients.get((i + 1) % recipients.size());
                events.publishEvent(matched(recipient, other));
            }
            // Turning the clock back keeps the background dispatcher away, so that only the two
            // dispatchers below, whose clock is at the time the messages were queued, compete.
            clock.setInstant(dueAt.minus(Duration.ofHours(1)));
        });
        var first = dispatcherAt(dueAt);
        var second = dispatcherAt(dueAt);

        var sent = runConcurrently(first, second);

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);
        assertThat(smtp.waitForIncomingEmail(5_000, 24)).isTrue();
        var messageIds = Arrays.stream(smtp.getReceivedMessages())
                .map(email -> {
                    try {
                        return email.getMessageID();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        var expected =
                jdbc
                        .sql("select id from notification_messages where sent_at is not null")
                        .query(UUID.class)
                        .list()
                        .stream()
                        .map(id -> "<notification." + id + "@localhost>")
                        .toList();
        assertThat(messageIds).hasSize(24).doesNotHaveDuplicates();
        assertThat(messageIds).containsExactlyInAnyOrderElementsOf(expected);
    }

    private NotificationDispatcher dispatcherAt(Instant now) {
        return new NotificationDispatcher(
                messages,
                professionals,
                signalReferences,
                proposedCoordinators,
                composer,
                sender,
                metrics,
                transactionManager,
                Clock.fixed(now, MutableClock.ZONE),
                trail);
    }

    private static List<Integer> runConcurrently(NotificationDispatcher... dispatchers) throws Exception {
        var executor = Executors.newFixedThreadPool(dispatchers.length);
        try {
            var start = new CountDownLatch(1);
            var runs = new ArrayList<Future<Integer>>();
            for (var dispatcher : dispatchers) {
                runs.add(executor.submit(() -> {
                    start.await();
                    return dispatcher.dispatchDue();
                }));
            }
            start.countDown();
            var sent = new ArrayList<Integer>();
            for (var run : runs) {
                sent.add(run.get(30, TimeUnit.SECONDS));
            }
            return sent;
        } finally {
            executor.shutdownNow();
        }
    }

    private ProfessionalsMatched matched(TestRegion.Person recipient, TestRegion.Person other) {
        var signal = signals.register(recipient, null, DEFAULT_TODAY);
        return new ProfessionalsMatched(
                UUID.randomUUID(),
                MatchType.CHILD,
                DEFAULT_TODAY,
                recipient.id(),
                signal.id(),
                List.of(other.id()),
                List.of(signals.register(other, null, DEFAULT_TODAY).id()));
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Map<String, Object> awaitAttempts(int attempts) {
        return await().atMost(Duration.ofSeconds(5))
                .until(this::onlyRow, row -> row.get("attempts").equals(attempts));
    }

    private Map<String, Object> awaitSent() {
        return await().atMost(Duration.ofSeconds(5)).until(this::onlyRow, row -> row.get("sent_at") != null);
    }

    private Map<String, Object> onlyRow() {
        return jdbc.sql("select * from notification_messages").query().singleRow();
    }

    private double failures() {
        return meters.get("verwijsindex.notifications.failures").counter().count();
    }

    private double pendingGauge() {
        return meters.get("verwijsindex.notifications.pending").gauge().value();
    }

    private static long occurrences(String text, String phrase) {
        return Pattern.compile(Pattern.quote(phrase)).matcher(text).results().count();
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }
}
