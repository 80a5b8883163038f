package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two steps on one match started at the same moment, repeated for many rounds. The row lock on the
 * match's coordination makes them run one after the other, so exactly one of two conflicting steps
 * succeeds and the state is always one that the steps could reach in some order.
 */
class ConcurrentCoordinationIntegrationTests extends IntegrationTest {

    private static final int ROUNDS = 15;

    @Autowired
    CoordinationService coordination;

    ExecutorService threads;
    UUID match;

    @BeforeEach
    void matchOfThree() {
        threads = Executors.newFixedThreadPool(2);
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void acceptAndDeclineAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            resetCoordination();
            coordination.propose(accountOf(CARER), match, NURSE.id());

            var outcomes = atOnce(
                    () -> coordination.accept(accountOf(NURSE), match),
                    () -> coordination.decline(accountOf(NURSE), match));

            var after = coordination.summaries(NURSE.id(), List.of(match)).get(match);
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("ok", "no-proposal");
            assertThat(after.proposedCoordinatorId()).as("round %d", round).isNull();
            if (outcomes.get(0).equals("ok")) {
                assertThat(after.status()).as("round %d", round).isEqualTo(CoordinationStatus.COORDINATED);
                assertThat(after.coordinatorId()).as("round %d", round).isEqualTo(NURSE.id());
            } else {
                assertThat(after.status()).as("round %d", round).isEqualTo(CoordinationStatus.NEW);
                assertThat(after.coordinatorId()).as("round %d", round).isNull();
            }
        }
    }

    @Test
    void acceptAndNewProposalAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            resetCoordination();
            coordination.propose(accountOf(TEACHER), match, NURSE.id());

            var outcomes = atOnce(
                    () -> coordination.accept(accountOf(NURSE), match),
                    () -> coordination.propose(accountOf(TEACHER), match, CARER.id()));

            var after = coordination.summaries(NURSE.id(), List.of(match)).get(match);
            assertThat(outcomes.get(1)).as("round %d", round).isEqualTo("ok");
            assertThat(after.proposedCoordinatorId()).as("round %d", round).isEqualTo(CARER.id());
            if (outcomes.get(0).equals("ok")) {
                assertThat(after.status()).as("round %d", round).isEqualTo(CoordinationStatus.COORDINATED);
                assertThat(after.coordinatorId()).as("round %d", round).isEqualTo(NURSE.id());
            } else {
                assertThat(outcomes.get(0)).as("round %d", round).isEqualTo("proposed-to-other");
                assertThat(after.status()).as("round %d", round).isEqualTo(CoordinationStatus.NEW);
                assertThat(after.coordinatorId()).as("round %d", round).isNull();
            }
        }
    }

    @Test
    void twoProposalsAtOnceLeaveOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            resetCoordination();

            var outcomes = atOnce(
                    () -> coordination.propose(accountOf(TEACHER), match, NURSE.id()),
                    () -> coordination.propose(accountOf(NURSE), match, CARER.id()));

            var after = coordination.summaries(NURSE.id(), List.of(match)).get(match);
            assertThat(outcomes).as("round %d", round).containsExactly("ok", "ok");
            assertThat(after.proposedCoordinatorId()).as("round %d", round).isIn(NURSE.id(), CARER.id());
            assertThat(rowCount()).as("round %d", round).isEqualTo(1);
        }
    }

    @Test
    void twoContactsAtOnceAreBothRecorded() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            resetCoordination();

            var outcomes = atOnce(
                    () -> coordination.recordContact(accountOf(NURSE), match),
                    () -> coordination.recordContact(accountOf(CARER), match));

            assertThat(outcomes).as("round %d", round).containsExactly("ok", "ok");
            assertThat(coordination
                            .summaries(NURSE.id(), List.of(match))
                            .get(match)
                            .status())
                    .as("round %d", round)
                    .isEqualTo(CoordinationStatus.IN_CONTACT);
            assertThat(jdbc.sql("select count(*) from match_contacts")
                            .query(Integer.class)
                            .single())
                    .as("round %d", round)
                    .isEqualTo(2);
        }
    }

    /**
     * Starts both steps together and returns, in the same order, {@code ok} or the code of the
     * rejection of each.
     */
    private List<String> atOnce(Runnable first, Runnable second) throws Exception {
        var barrier = new CyclicBarrier(2);
        var futures = new ArrayList<Future<String>>();
        for (var step : List.of(first, second)) {
            Callable<String> task = () -> {
                barrier.await(10, TimeUnit.SECONDS);
                try {
                    step.run();
                    return "ok";
                } catch (CoordinationRejectedException rejected) {
                    return rejected.reason().code();
                }
            };
            futures.add(threads.submit(task));
        }
        var outcomes = new ArrayList<String>();
        for (var future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private void resetCoordination() {
        jdbc.sql("delete from match_coordination").update();
    }

    private int rowCount() {
        return jdbc.sql("select count(*) from match_coordination")
                .query(Integer.class)
                .single();
    }
}
