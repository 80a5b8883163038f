package nl.verwijsindex.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server down for two minutes while client systems keep registering: every match email
 * arrives after the server is back, and none arrives twice. The outbox waits at most 20 s between
 * attempts instead of the default 5 minutes, so that the last emails leave within about 20 s after
 * the server is back and the test stays short. With the default they leave up to about 80 s after.
 */
class SmtpOutageIntegrationTests {

    private static final int FAMILIES = 40;
    private static final Duration OUTAGE = Duration.ofMinutes(2);

    private static FaultEnvironment environment;
    private static IndexNode node;

    @BeforeAll
    static void start() {
        environment = FaultEnvironment.start(FAMILIES);
        node = environment.startNode("smtp-outage", Map.of("VERWIJSINDEX_MAIL_MAX_RETRY_DELAY", "20s"));
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    void everyMatchEmailArrivesOnceAfterOutage() {
        var registrations = SignalLoad.fourPerFamily(environment.register.families(), environment.region);

        // 160 registrations from 8 clients, each pausing 6 s after each one: about two minutes of load.
        var load = SignalLoad.start(registrations, 8, index -> node.baseUrl(), Duration.ofSeconds(6));
        IndexNode.sleep(Duration.ofSeconds(5));
        environment.mail.down();
        var downAt = Instant.now();
        int sentBeforeOutage = environment.mail.received().size();
        IndexNode.sleep(OUTAGE);
        var queuedDuringOutage = MatchSnapshot.take(environment).queuedEmails.size();
        environment.mail.up();
        var upAt = Instant.now();
        var outcomes = load.await();
        var snapshot = MatchSnapshot.awaitSent(environment, Duration.ofSeconds(60));

        assertThat(Duration.between(downAt, Instant.now())).isGreaterThanOrEqualTo(OUTAGE);
        assertThat(outcomes).hasSize(160);
        assertThat(outcomes)
                .allSatisfy(outcome ->
                        assertThat(outcome.status()).as(outcome.body()).isEqualTo(201));
        assertThat(snapshot.activeSignalIds).hasSize(160);
        assertThat(snapshot.matchesOfType("child")).isEqualTo(80);
        assertThat(snapshot.matchesOfType("family")).isEqualTo(40);
        assertThat(snapshot.expectedIntroductions).hasSize(480);
        snapshot.assertEveryIntroductionEmailedOnce(environment.region);
        // The outage held back emails: more were queued by its end than had left before it.
        assertThat(queuedDuringOutage).isGreaterThan(sentBeforeOutage);

        var jdbc = environment.jdbc();
        long failedAttempts = jdbc.sql("select coalesce(sum(attempts), 0) from notification_messages")
                .query(Long.class)
                .single();
        assertThat(failedAttempts).isPositive();
        assertThat(notificationEntries("success")).isEqualTo(snapshot.queuedEmails.size());
        assertThat(notificationEntries("failed")).isEqualTo(failedAttempts);
        var lastSent = jdbc.sql("select max(sent_at) from notification_messages")
                .query((row, number) -> row.getTimestamp(1).toInstant())
                .single();
        System.out.printf(
                "SMTP outage: %d emails, %d sent before the outage, %d failed attempts, last sent %d s after the"
                        + " server was back%n",
                snapshot.queuedEmails.size(),
                sentBeforeOutage,
                failedAttempts,
                Duration.between(upAt, lastSent).toSeconds());
    }

    private static long notificationEntries(String outcome) {
        return environment
                .jdbc()
                .sql("select count(*) from audit_entries where purpose = 'match-notification'"
                        + " and action = 'notification' and outcome = ? and actor_type = 'system'"
                        + " and actor_id = 'notification-dispatcher' and object_type = 'message'")
                .param(outcome)
                .query(Long.class)
                .single();
    }
}
