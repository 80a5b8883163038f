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
 * The index killed with SIGKILL while client systems register: after a restart, every signal that
 * got a {@code 201} is stored, and every match email of the signals is sent. Clients then send
 * again what got no response, as a client system retries, and get {@code 200} for what the index
 * stored before it died.
 */
class IndexKillIntegrationTests {

    private static final int FAMILIES = 20;
    /** The exit status of a process ended by signal 9, as the JDK reports it on Linux. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;

    private static FaultEnvironment environment;
    private static IndexNode node;

    @BeforeAll
    static void start() {
        environment = FaultEnvironment.start(FAMILIES);
        node = environment.startNode("kill", Map.of());
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    void keepsAcknowledgedSignalsAndSendsEveryEmail() {
        var registrations = SignalLoad.fourPerFamily(environment.register.families(), environment.region);
        var load = SignalLoad.start(registrations, 8, index -> node.baseUrl(), Duration.ofMillis(50));
        awaitSent(load, 30);

        int exitStatus = node.kill();
        var outcomes = load.await();
        var acknowledged = outcomes.stream()
                .filter(outcome -> outcome.status() == 201)
                .map(outcome -> UUID.fromString(outcome.signalId()))
                .toList();
        var unanswered =
                outcomes.stream().filter(outcome -> outcome.status() != 201).toList();
        node.restart();
        var afterRestart = MatchSnapshot.take(environment);

        assertThat(exitStatus).isEqualTo(KILLED_BY_SIGKILL);
        assertThat(outcomes).hasSize(80);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(25);
        assertThat(unanswered).isNotEmpty();
        assertThat(unanswered)
                .allSatisfy(outcome ->
                        assertThat(outcome.status()).as(outcome.body()).isEqualTo(-1));
        assertThat(afterRestart.activeSignalIds).containsAll(acknowledged);

        var retried = SignalLoad.registerAll(
                unanswered.stream().map(SignalLoad.Outcome::registration).toList(), node.baseUrl());
        var snapshot = MatchSnapshot.awaitSent(environment, Duration.ofSeconds(60));

        assertThat(retried)
                .allSatisfy(outcome ->
                        assertThat(outcome.status()).as(outcome.body()).isIn(200, 201));
        // A 200 returns a signal that the index stored before it died, without a response.
        var storedUnanswered = retried.stream()
                .filter(outcome -> outcome.status() == 200)
                .map(outcome -> UUID.fromString(outcome.signalId()))
                .toList();
        assertThat(afterRestart.activeSignalIds).containsAll(storedUnanswered);
        assertThat(afterRestart.activeSignalIds).hasSize(acknowledged.size() + storedUnanswered.size());
        assertThat(snapshot.activeSignalIds).hasSize(80);
        assertThat(snapshot.matchesOfType("child")).isEqualTo(40);
        assertThat(snapshot.matchesOfType("family")).isEqualTo(20);
        assertThat(snapshot.expectedIntroductions).hasSize(240);
        // Each sender thread sends one email at a time, so at most one per sender was in flight at the kill.
        snapshot.assertEveryIntroductionEmailed(environment.region, MatchSnapshot.SENDERS);
        System.out.printf(
                "Kill: %d of 80 registrations got 201 before the kill, stored without a response: %d, emails: %d,"
                        + " sent twice: %d%n",
                acknowledged.size(), storedUnanswered.size(), snapshot.queuedEmails.size(), snapshot.resentEmails());
    }

    private static void awaitSent(SignalLoad load, int registrations) {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (load.sent() < registrations && Instant.now().isBefore(deadline)) {
            IndexNode.sleep(Duration.ofMillis(20));
        }
    }
}
