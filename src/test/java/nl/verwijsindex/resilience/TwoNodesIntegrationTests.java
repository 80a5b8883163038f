package nl.verwijsindex.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the index on one database. Client systems register the same children on both nodes
 * at the same moment, every scheduled job runs every 10 seconds on both, and both outbox
 * dispatchers send.
 */
class TwoNodesIntegrationTests {

    private static final int FAMILIES = 40;
    private static final int JOB_PERIOD_SECONDS = 10;
    private static final List<String> JOBS = List.of(
            "expire-signals",
            "destroy-at-23rd-birthday",
            "destroy-archived-signals",
            "send-reminders",
            "recheck-population");
    private static final Pattern SENT_NOTIFICATION =
            Pattern.compile("Sent notification ([0-9a-f-]{36}) to professional");

    private static FaultEnvironment environment;
    private static IndexNode first;
    private static IndexNode second;

    @BeforeAll
    static void start() {
        environment = FaultEnvironment.start(FAMILIES);
        var everyTenSeconds = "*/" + JOB_PERIOD_SECONDS + " * * * * *";
        var settings = new HashMap<String, String>();
        for (var job : List.of(
                "VERWIJSINDEX_SIGNAL_EXPIRY_CRON",
                "VERWIJSINDEX_AGE_LIMIT_CRON",
                "VERWIJSINDEX_ARCHIVE_DESTRUCTION_CRON",
                "VERWIJSINDEX_REMINDER_CRON",
                "VERWIJSINDEX_POPULATION_RECHECK_CRON")) {
            settings.put(job, everyTenSeconds);
        }
        // Shorter than the period, so that every occurrence can run. Longer than the time by which
        // one node can start a job after the other: each node's one scheduler thread runs the five
        // jobs of an occurrence one after another.
        settings.put("VERWIJSINDEX_JOB_LOCK_AT_LEAST_FOR", "PT8S");
        first = environment.startNode("two-nodes-first", settings);
        second = environment.startNode("two-nodes-second", settings);
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    void matchesEmailsAndJobsOnce() {
        var registrations = SignalLoad.fourPerFamily(environment.register.families(), environment.region);
        var bothUp = Instant.now();

        var outcomes = SignalLoad.start(registrations, 8, index -> index % 2 == 0 ? first.baseUrl() : second.baseUrl())
                .await();
        var snapshot = MatchSnapshot.awaitSent(environment, Duration.ofSeconds(60));
        IndexNode.sleep(Duration.between(Instant.now(), bothUp.plusSeconds(40)));
        var end = Instant.now();

        assertThat(outcomes).hasSize(160);
        assertThat(outcomes)
                .allSatisfy(outcome ->
                        assertThat(outcome.status()).as(outcome.body()).isEqualTo(201));
        assertThat(snapshot.activeSignalIds).hasSize(160);
        assertThat(snapshot.matchesOfType("child")).isEqualTo(80);
        assertThat(snapshot.matchesOfType("family")).isEqualTo(40);
        assertThat(snapshot.expectedIntroductions).hasSize(480);
        snapshot.assertEveryIntroductionEmailedOnce(environment.region);

        var sentByFirst = sentNotifications(first);
        var sentBySecond = sentNotifications(second);
        var queued = snapshot.queuedEmails.stream()
                .map(MatchSnapshot.QueuedEmail::id)
                .collect(Collectors.toSet());
        assertThat(sentByFirst).isNotEmpty();
        assertThat(sentBySecond).isNotEmpty();
        assertThat(sentByFirst).doesNotContainAnyElementsOf(sentBySecond);
        assertThat(union(sentByFirst, sentBySecond)).isEqualTo(queued);

        // Occurrences that both nodes were up for from start to end.
        long firstOccurrence = bothUp.getEpochSecond() / JOB_PERIOD_SECONDS + 1;
        long lastOccurrence = end.getEpochSecond() / JOB_PERIOD_SECONDS - 1;
        assertThat(lastOccurrence - firstOccurrence).isGreaterThanOrEqualTo(2);
        System.out.printf(
                "Two nodes: %d emails, %d sent by the first node and %d by the second, %d job occurrences%n",
                queued.size(), sentByFirst.size(), sentBySecond.size(), lastOccurrence - firstOccurrence + 1);
        for (var job : JOBS) {
            var runs = runsPerOccurrence(job, firstOccurrence, lastOccurrence);
            for (long occurrence = firstOccurrence; occurrence <= lastOccurrence; occurrence++) {
                assertThat(runs.getOrDefault(occurrence, 0L))
                        .as("runs of %s at %s", job, Instant.ofEpochSecond(occurrence * JOB_PERIOD_SECONDS))
                        .isEqualTo(1);
            }
        }
    }

    /** Counts the job's {@code job-run} audit entries by the occurrence, numbered by epoch second / period. */
    private static Map<Long, Long> runsPerOccurrence(String job, long firstOccurrence, long lastOccurrence) {
        var recorded = environment
                .jdbc()
                .sql("select recorded_at from audit_entries where action = 'write' and object_type = 'job-run'"
                        + " and actor_type = 'system' and actor_id = ? and purpose = ?")
                .params(job, job)
                .query((row, number) -> row.getTimestamp("recorded_at").toInstant())
                .list();
        return recorded.stream()
                .map(instant -> instant.getEpochSecond() / JOB_PERIOD_SECONDS)
                .filter(occurrence -> occurrence >= firstOccurrence && occurrence <= lastOccurrence)
                .collect(Collectors.groupingBy(occurrence -> occurrence, Collectors.counting()));
    }

    private static Set<UUID> sentNotifications(IndexNode node) {
        try {
            var matcher = SENT_NOTIFICATION.matcher(Files.readString(node.log()));
            var sent = new java.util.ArrayList<UUID>();
            while (matcher.find()) {
                sent.add(UUID.fromString(matcher.group(1)));
            }
            assertThat(sent).as("notifications sent by %s", node.log()).doesNotHaveDuplicates();
            return Set.copyOf(sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<UUID> union(Set<UUID> one, Set<UUID> other) {
        var all = new java.util.HashSet<>(one);
        all.addAll(other);
        return all;
    }
}
