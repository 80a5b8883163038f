package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTests {

    @Test
    void settlingListsEachWait() throws IOException {
        var environment = properties(
                "full_data_outbox_wait_seconds=42",
                "full_data_outbox_wait_timed_out=false",
                "full_data_vacuum_seconds=95",
                "full_data_autovacuum_wait_seconds=0",
                "full_data_autovacuum_wait_timed_out=false");

        assertEquals(
                "the outbox was empty after 42 s, then `VACUUM (ANALYZE)` took 95 s, then no autovacuum worker"
                        + " was active after 0 s",
                Report.settling(environment));
    }

    @Test
    void settlingMarksReachedTimeLimit() throws IOException {
        var environment = properties(
                "full_data_outbox_wait_seconds=1801",
                "full_data_outbox_wait_timed_out=true",
                "full_data_vacuum_seconds=95",
                "full_data_autovacuum_wait_seconds=601",
                "full_data_autovacuum_wait_timed_out=true");

        assertEquals(
                "the outbox still had unsent match emails after 1801 s, the time limit, then `VACUUM (ANALYZE)`"
                        + " took 95 s, then autovacuum workers were still active after 601 s, the time limit",
                Report.settling(environment));
    }

    @Test
    void settlingOfOlderRunIsNotRecorded() {
        assertEquals(
                "not recorded: this run started the steps right after the import", Report.settling(new Properties()));
    }

    @Test
    void stepNamesFollowRunOrder() {
        assertEquals(List.of("c1", "c8", "c32", "c64", "half"), Report.stepNames());
    }

    private static Properties properties(String... lines) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(String.join("\n", lines)));
        return properties;
    }
}
