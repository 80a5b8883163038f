package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSectionTests {

    private static final String TARGET = "Match email p99 ≤ 5 s after the match, at 32 clients";
    private static final String NO_REPEATS = "No email arrives twice (whole run)";
    private static final String M1 = "<notification.00000000-0000-4000-8000-000000000001@bench.example>";
    private static final String M2 = "<notification.00000000-0000-4000-8000-000000000002@bench.example>";

    @TempDir
    Path folder;

    @BeforeEach
    void writeStep() throws IOException {
        Files.write(
                folder.resolve("api-c32.csv"),
                List.of(
                        "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes",
                        "bench-c32-a,first,201,12.0,1000,true,,",
                        "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,"),
                StandardCharsets.UTF_8);
        Files.write(
                folder.resolve("mail.csv"),
                List.of("arrived_at_ms,message_id,own_reference", "2300," + M1 + ",bench-c32-b",
                        "2600," + M2 + ",bench-c32-a", "2700,<coordination.c1@bench.example>,"),
                StandardCharsets.UTF_8);
    }

    @Test
    void timedOutWaitGivesLowerBounds() throws IOException {
        queue("unsent_after_c32=40", "wait_seconds=300", "wait_timed_out=true", "unsent_at_end=812");
        var targets = new Targets();

        var text = MailSection.write(new Results(folder), targets);

        assertTrue(text.contains("**The wait for emails ran out.** Emails were still arriving 300 s after the last"
                + " step, and the index's outbox contained 812 unsent match emails when the index was stopped."));
        assertTrue(text.contains("| c32 | ≥ 300 ms | ≥ 600 ms | ≥ 600 ms | ≥ 600 ms | 2 | 0 | 0 | 1 | 0 | 40 |  |"), text);
        assertEquals(
                List.of(TARGET, "≥ 600 ms, a lower bound: 812 match emails unsent when the wait ran out", "**unknown**"),
                targets.rows().get(0));
        assertEquals(
                List.of(
                        NO_REPEATS,
                        "3 emails arrived, 0 repeated Message-IDs; 812 match emails unsent when the wait ran out",
                        "**unknown**"),
                targets.rows().get(1));
    }

    @Test
    void lowerBoundOverTargetIsNotMet() throws IOException {
        Files.write(
                folder.resolve("mail.csv"),
                List.of("arrived_at_ms,message_id,own_reference", "9000," + M1 + ",bench-c32-b"),
                StandardCharsets.UTF_8);
        queue("wait_seconds=300", "wait_timed_out=true", "unsent_at_end=5");
        var targets = new Targets();

        MailSection.write(new Results(folder), targets);

        assertEquals(
                List.of(TARGET, "≥ 7000 ms, a lower bound: 5 match emails unsent when the wait ran out", "**not met**"),
                targets.rows().get(0));
    }

    @Test
    void emptyOutboxAfterQuietWaitIsMet() throws IOException {
        queue("unsent_after_c32=3", "drain_seconds_after_c32=4", "wait_seconds=14", "wait_timed_out=false", "unsent_at_end=0");
        var targets = new Targets();

        var text = MailSection.write(new Results(folder), targets);

        assertTrue(text.contains("Every match email was sent: no email arrived in the last 10 s of the wait, which"
                + " ended 14 s after the last step, and the index's outbox then contained no unsent email."));
        assertTrue(text.contains("| c32 | 300 ms | 600 ms | 600 ms | 600 ms | 2 | 0 | 0 | 1 | 0 | 3 | 4 |"), text);
        assertFalse(text.contains("≥"));
        assertEquals(List.of(TARGET, "600 ms", "met, 4400 ms to spare"), targets.rows().get(0));
        assertEquals(List.of(NO_REPEATS, "3 emails arrived, 0 repeated Message-IDs", "met"), targets.rows().get(1));
        assertTrue(text.contains("| linked to a registration of a measured window (the latencies above) | 2 |"), text);
        assertTrue(text.contains("| not a match email, by the kind in its Message-ID: `coordination` 1 | 1 |"), text);
        assertTrue(text.contains("| all emails that arrived | 3 |"), text);
    }

    @Test
    void unsentAfterQuietWaitIsNotComplete() throws IOException {
        queue("wait_seconds=25", "wait_timed_out=false", "unsent_at_end=2");
        var targets = new Targets();

        var text = MailSection.write(new Results(folder), targets);

        assertTrue(text.contains("but the index's outbox still contained 2 unsent match emails"));
        assertEquals(
                List.of(TARGET, "≥ 600 ms, a lower bound: 2 match emails unsent when the wait ended", "**unknown**"),
                targets.rows().get(0));
    }

    @Test
    void missingQueueFileIsNotComplete() throws IOException {
        var targets = new Targets();

        var text = MailSection.write(new Results(folder), targets);

        assertTrue(text.contains("This run did not record whether match emails were still unsent at its end"));
        assertEquals(
                List.of(TARGET, "≥ 600 ms, a lower bound: unsent emails not recorded", "**unknown**"),
                targets.rows().get(0));
    }

    private void queue(String... lines) throws IOException {
        Files.write(folder.resolve(MailQueue.FILE), List.of(lines), StandardCharsets.UTF_8);
    }
}
