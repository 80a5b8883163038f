package nl.verwijsindex.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Registrations that race: every active professional of the test region registers at the same
 * moment, each twice, on the same child or on siblings, in a random order. The outcome must be the
 * same as one after the other.
 */
class ConcurrentRegistrationIntegrationTests extends IntegrationTest {

    static final List<Person> PROFESSIONALS = TestRegion.PROFESSIONALS.stream()
            .filter(person -> person != TestRegion.FORMER_OFFICER && person != TestRegion.SUSPENDED_WORKER)
            .toList();

    @RepeatedTest(3)
    void makesOneChildMatchForParallelRegistrations() throws Exception {
        var statuses = race(PROFESSIONALS.stream()
                .map(person -> registration(person, "999970033"))
                .toList());

        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(7);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(7);
        assertThat(count("select count(*) from signals")).isEqualTo(7);
        assertThat(count("select count(*) from matches")).isEqualTo(1);
        assertThat(count("select count(*) from match_members")).isEqualTo(7);
        assertThat(count("select count(*) from match_introductions")).isEqualTo(7 * 6);
    }

    @RepeatedTest(3)
    void makesOneMatchPerPairForParallelSiblingRegistrations() throws Exception {
        var work = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < PROFESSIONALS.size(); i++) {
            work.add(registration(PROFESSIONALS.get(i), i % 2 == 0 ? "999970033" : "999970045"));
        }

        var statuses = race(work);

        // 4 professionals on 999970033 and 3 on 999970045, full siblings.
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(7);
        assertThat(count("select count(*) from matches where type = 'child'")).isEqualTo(2);
        assertThat(count("select count(*) from matches where type = 'family'")).isEqualTo(1);
        assertThat(count("select count(*) from match_introductions mi join matches m on m.id = mi.match_id"
                        + " where m.type = 'child'"))
                .isEqualTo(4 * 3 + 3 * 2);
        assertThat(count("select count(*) from match_introductions mi join matches m on m.id = mi.match_id"
                        + " where m.type = 'family'"))
                .isEqualTo(2 * 4 * 3);
    }

    /** Runs each task twice, all released at once in a shuffled order; returns the HTTP statuses. */
    private List<Integer> race(List<Callable<Integer>> tasks) throws Exception {
        var all = new ArrayList<Callable<Integer>>(tasks);
        all.addAll(tasks);
        Collections.shuffle(all, new Random());
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(all.size());
        try {
            var futures = all.stream()
                    .map(task -> executor.submit(() -> {
                        start.await();
                        return task.call();
                    }))
                    .toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            executor.shutdownNow();
        }
    }

    private Callable<Integer> registration(Person professional, String bsn) {
        var api = new TestApi(port);
        UUID id = professional.id();
        return () ->
                api.register(professional.organisation().apiToken(), bsn, id).status();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
