package nl.verwijsindex.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database stopped and started again while client systems register: the index keeps running,
 * responds with a {@code 503} problem while the database is gone, is {@code UP} again without a restart, and
 * loses no signal it acknowledged.
 */
class DatabaseRestartIntegrationTests {

    private static final int FAMILIES = 20;
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    private static FaultEnvironment environment;
    private static IndexNode node;

    @BeforeAll
    static void start() {
        environment = FaultEnvironment.start(FAMILIES);
        node = environment.startNode("database-restart", Map.of());
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    void recoversWithoutRestartAndLosesNothingAcknowledged() {
        var registrations = SignalLoad.fourPerFamily(environment.register.families(), environment.region);
        long pid = node.pid();
        var load = SignalLoad.start(registrations, 8, index -> node.baseUrl(), Duration.ofMillis(200));
        awaitSent(load, 30);

        environment.database.stop();
        IndexNode.sleep(Duration.ofSeconds(3));
        int healthWhileDown = node.healthStatus();
        IndexNode.sleep(OUTAGE.minusSeconds(3));
        environment.database.start();
        var outcomes = load.await();
        var upAgain = awaitHealthy(Duration.ofSeconds(30));

        var acknowledged = outcomes.stream()
                .filter(outcome -> outcome.status() == 201)
                .map(outcome -> UUID.fromString(outcome.signalId()))
                .toList();
        var failed =
                outcomes.stream().filter(outcome -> outcome.status() != 201).toList();
        var afterRestart = MatchSnapshot.take(environment);

        assertThat(node.pid()).isEqualTo(pid);
        assertThat(upAgain).isTrue();
        assertThat(healthWhileDown).isEqualTo(503);
        assertThat(outcomes).hasSize(80);
        assertThat(failed).isNotEmpty();
        assertThat(failed).allSatisfy(outcome -> {
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(503);
            assertThat(outcome.contentType()).isEqualTo("application/problem+json");
            assertThat(outcome.retryAfter()).isEqualTo("5");
            assertThat(outcome.body()).contains("\"title\":\"Database unavailable\"");
            assertThat(outcome.body()).doesNotContain("Exception", "\tat ", "postgresql", "SQL");
        });
        assertThat(afterRestart.activeSignalIds).containsAll(acknowledged);

        var retried = SignalLoad.registerAll(
                failed.stream().map(SignalLoad.Outcome::registration).toList(), node.baseUrl());
        var snapshot = MatchSnapshot.awaitSent(environment, Duration.ofSeconds(60));

        assertThat(retried)
                .allSatisfy(outcome ->
                        assertThat(outcome.status()).as(outcome.body()).isIn(200, 201));
        assertThat(snapshot.activeSignalIds).hasSize(80);
        assertThat(snapshot.matchesOfType("child")).isEqualTo(40);
        assertThat(snapshot.matchesOfType("family")).isEqualTo(20);
        assertThat(snapshot.expectedIntroductions).hasSize(240);
        // Each sender thread may have sent one email whose transaction the shutdown then broke, so
        // that it is sent again with the same Message-ID.
        snapshot.assertEveryIntroductionEmailed(environment.region, MatchSnapshot.SENDERS);
        System.out.printf(
                "Database restart: %d of 80 registrations got 503 while the database was down, %d emails,"
                        + " %d sent twice%n",
                failed.size(), snapshot.queuedEmails.size(), snapshot.resentEmails());
    }

    private static boolean awaitHealthy(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (node.healthStatus() == 200) {
                return true;
            }
            IndexNode.sleep(Duration.ofMillis(500));
        }
        return false;
    }

    private static void awaitSent(SignalLoad load, int registrations) {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (load.sent() < registrations && Instant.now().isBefore(deadline)) {
            IndexNode.sleep(Duration.ofMillis(20));
        }
    }
}
