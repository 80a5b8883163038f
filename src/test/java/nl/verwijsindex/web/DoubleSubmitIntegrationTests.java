package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A form sent twice at the same moment in one session, as a double click does. Both requests add
 * the same flash attribute to the session, which failed on the session attributes' primary key
 * before the attributes were written with an upsert.
 */
class DoubleSubmitIntegrationTests extends IntegrationTest {

    /** An RvIG test person: born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void doubleSubmitGivesTwoRedirects() {
        var session = loggedIn(TEACHER);
        var form = Map.of("bsn", CHILD, "ownReference", "", "endDate", "");
        var statuses = new ArrayList<Integer>();

        for (int round = 0; round < 10; round++) {
            session.get("/signals/new");
            var first = CompletableFuture.supplyAsync(() -> session.post("/signals/new", form));
            var second = CompletableFuture.supplyAsync(() -> session.post("/signals/new", form));
            statuses.add(first.join().statusCode());
            statuses.add(second.join().statusCode());
        }

        assertThat(statuses).hasSize(20).containsOnly(302);
        assertThat(jdbc.sql("select count(*) from signals where status = 'active'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
