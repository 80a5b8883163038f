package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.verwijsindex.bench.report.MailLatency.Apart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailLatencyTests {

    private static final String REGISTRATIONS_HEADER =
            "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes,planned_matches";
    private static final String MAIL_HEADER = "arrived_at_ms,message_id,own_reference";

    @TempDir
    Path folder;

    @Test
    void linksEmailsToMatchingRegistrations() throws IOException {
        var steps = steps("c32",
                "bench-c32-a,first,201,12.0,1000,true,,,0",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,,1",
                "bench-c32-c,family-match,201,15.0,5000,true,bench-c32-a;bench-c32-b,,1");
        var mail = mail(
                // The match that b made: emails to b and to a.
                "2300," + match(1) + ",bench-c32-b",
                "2600," + match(2) + ",bench-c32-a",
                // The match that c made: emails to c, a and b.
                "5100," + match(3) + ",bench-c32-c",
                "5200," + match(4) + ",bench-c32-a",
                "9000," + match(5) + ",bench-c32-b");

        var run = MailLatency.measure(steps, mail, timeline("c32.started_ms=0", "c32.outbox_empty_ms=10000"));

        var step = run.steps().get("c32");
        assertEquals(5, run.emails());
        assertEquals(5, step.linked());
        assertEquals(0, step.unexplained());
        assertEquals(2, step.matchMakers());
        assertEquals(0, step.matchMakersWithoutEmail());
        // Latencies 300, 600, 100, 200 and 4000 ms.
        assertEquals(300, step.p50());
        assertEquals(4000, step.p95());
        assertEquals(4000, step.p99());
        assertEquals(4000, step.max());
        assertEquals(Map.of(), run.apart());
    }

    @Test
    void linksQueuedEmailsInResponseOrder() throws IOException {
        // b and c both matched a before the first email naming a arrived: the outbox had a backlog.
        var steps = steps("c32",
                "bench-c32-a,first,201,12.0,1000,true,,,0",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,,1",
                "bench-c32-c,child-match,201,15.0,3000,true,bench-c32-a,,1");
        var mail = mail("6000," + match(1) + ",bench-c32-a", "6500," + match(2) + ",bench-c32-a");

        var run = MailLatency.measure(steps, mail, timeline("c32.started_ms=0", "c32.outbox_empty_ms=10000"));

        // The first email is b's, 4000 ms after b's response, and the second c's, 3500 ms after c's.
        var step = run.steps().get("c32");
        assertEquals(2, step.linked());
        assertEquals(3500, step.p50());
        assertEquals(4000, step.max());
    }

    @Test
    void linksPlannedMatchesOfNewSignal() throws IOException {
        var steps = steps("c8",
                "bench-c8-a,first,201,12.0,1000,true,,,0",
                "bench-c8-b,first,201,12.0,1100,true,,,0",
                "bench-c8-c,family-match,201,15.0,2000,true,bench-c8-a;bench-c8-b,,2");
        var mail = mail(
                "2100," + match(1) + ",bench-c8-c",
                "2150," + match(2) + ",bench-c8-c",
                "2200," + match(3) + ",bench-c8-c");

        var run = MailLatency.measure(steps, mail, timeline("c8.started_ms=0", "c8.outbox_empty_ms=10000"));

        var step = run.steps().get("c8");
        assertEquals(2, step.linked());
        assertEquals(150, step.max());
        assertEquals(1, step.unexplained());
        assertEquals(1, run.apart(Apart.UNPLANNED));
    }

    @Test
    void keepsLaterStepsEmailsOutOfEarlierSteps() throws IOException {
        var steps = new LinkedHashMap<String, Path>();
        steps.putAll(steps("c1",
                "bench-c1-a,first,201,12.0,1000,true,,,0",
                "bench-c1-b,child-match,201,15.0,2000,true,bench-c1-a,,1"));
        steps.putAll(steps("c8", "bench-c8-x,first,201,12.0,7000,true,,,0"));
        // b's email to a never arrived, so b still owes one when a later step's email names a.
        var mail = mail(
                "2100," + match(1) + ",bench-c1-b",
                // x, a first registration on a sibling of a's child, matched a without the driver planning it.
                "7100," + match(3) + ",bench-c8-x",
                "7150," + match(4) + ",bench-c1-a");
        var timeline = timeline(
                "c1.started_ms=0", "c1.outbox_empty_ms=5000", "c8.started_ms=6000", "c8.outbox_empty_ms=10000");

        var run = MailLatency.measure(steps, mail, timeline);

        var c1 = run.steps().get("c1");
        assertEquals(1, c1.linked());
        assertEquals(100, c1.p99());
        assertEquals(100, c1.max());
        var c8 = run.steps().get("c8");
        assertEquals(0, c8.linked());
        assertEquals(2, c8.unexplained());
        assertEquals(1, run.apart(Apart.EARLIER_STEP));
        assertEquals(1, run.apart(Apart.UNPLANNED));
    }

    @Test
    void linksAcrossStepsAfterOutboxTimeout() throws IOException {
        var steps = new LinkedHashMap<String, Path>();
        steps.putAll(steps("c32",
                "bench-c32-a,first,201,12.0,1000,true,,,0",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,,1"));
        steps.putAll(steps("c64", "bench-c64-x,first,201,12.0,7000,true,,,0"));
        // The outbox was not empty before c64 started, so c32's window stays open until c64's wait ended.
        var mail = mail("6500," + match(1) + ",bench-c32-b", "8000," + match(2) + ",bench-c32-a");
        var timeline = timeline("c32.started_ms=0", "c64.started_ms=6000", "c64.outbox_empty_ms=10000");

        var run = MailLatency.measure(steps, mail, timeline);

        var c32 = run.steps().get("c32");
        assertEquals(2, c32.linked());
        assertEquals(4500, c32.p50());
        assertEquals(6000, c32.max());
    }

    @Test
    void countsImportEmailsApart() throws IOException {
        var steps = new LinkedHashMap<String, Path>();
        steps.putAll(steps("c1",
                "bench-c1-a,first,201,12.0,1000,true,,,0",
                "bench-c1-b,child-match,201,15.0,2000,true,bench-c1-a,,1"));
        steps.putAll(steps("c1full", "bench-c1full-y,first,201,12.0,31000,true,,,0"));
        var mail = mail(
                "2100," + match(1) + ",bench-c1-b",
                // The import introduced imported signals to a: the email names a and the imported one none.
                "20000," + match(2) + ",bench-c1-a",
                "20001," + match(3) + ",",
                // y matched an imported signal: the email to that signal's professional names no driver reference.
                "31100," + match(4) + ",");
        var timeline = timeline(
                "c1.started_ms=0",
                "c1.outbox_empty_ms=5000",
                "import.started_ms=15000",
                "import.outbox_empty_ms=25000",
                "c1full.started_ms=30000",
                "c1full.outbox_empty_ms=40000");

        var run = MailLatency.measure(steps, mail, timeline);

        assertEquals(2, run.apart(Apart.IMPORT));
        assertEquals(1, run.apart(Apart.NO_DRIVER_REFERENCE));
        var c1 = run.steps().get("c1");
        assertEquals(1, c1.linked());
        assertEquals(100, c1.max());
        assertEquals(0, c1.unexplained());
        assertEquals(1, run.steps().get("c1full").unexplained());
    }

    @Test
    void countsOtherKindsAndRepeatsApart() throws IOException {
        var steps = steps("c32",
                "bench-c32-a,first,201,12.0,1000,true,,,0",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,,1");
        var mail = mail(
                "2300," + match(1) + ",bench-c32-b",
                "2400," + match(1) + ",bench-c32-b",
                "2500,<coordination.5f0c@bench.example>,",
                // A reminder names its signal's own reference, but no registration caused it.
                "2550,<reminder.77aa@bench.example>,bench-c32-a",
                "2600,,bench-c32-a",
                "2700," + match(2) + ",bench-c32-a");

        var run = MailLatency.measure(steps, mail, timeline("c32.started_ms=0", "c32.outbox_empty_ms=10000"));

        assertEquals(6, run.emails());
        assertEquals(2, run.steps().get("c32").linked());
        assertEquals(700, run.steps().get("c32").max());
        assertEquals(1, run.apart(Apart.REPEATED));
        assertEquals(3, run.apart(Apart.NOT_MATCH_EMAIL));
        assertEquals(Map.of("coordination", 1, "reminder", 1, "unknown", 1), run.otherKinds());
    }

    @Test
    void countsWarmUpAndMissingEmails() throws IOException {
        var steps = steps("c32",
                "bench-c32-a,first,201,12.0,1000,false,,,0",
                "bench-c32-b,child-match,201,15.0,2000,false,bench-c32-a,,1",
                "bench-c32-c,first,201,12.0,3000,true,,,0",
                "bench-c32-d,child-match,201,15.0,4000,true,bench-c32-c,,1",
                "bench-c32-e,child-match,422,15.0,4100,true,bench-c32-c,,1");
        var mail = mail("2300," + match(1) + ",bench-c32-b", "2400," + match(2) + ",bench-c32-a");

        var run = MailLatency.measure(steps, mail, timeline("c32.started_ms=0", "c32.outbox_empty_ms=10000"));

        var step = run.steps().get("c32");
        assertEquals(0, step.linked());
        assertEquals(2, step.warmUp());
        assertEquals(2, run.apart(Apart.WARM_UP));
        assertEquals(1, step.matchMakers());
        assertEquals(1, step.matchMakersWithoutEmail());
    }

    @Test
    void countsEmailsOutsideEveryStep() throws IOException {
        var steps = steps("c1", "bench-c1-a,first,201,12.0,1000,true,,,0");
        var mail = mail("500," + match(1) + ",bench-c1-a", "9000," + match(2) + ",bench-c1-a");

        var run = MailLatency.measure(steps, mail, timeline("c1.started_ms=800", "c1.outbox_empty_ms=5000"));

        assertEquals(2, run.apart(Apart.OUTSIDE_STEPS));
        assertEquals(0, run.steps().get("c1").unexplained());
    }

    @Test
    void readsFilesWithoutTimelineOrPlannedMatches() throws IOException {
        var file = folder.resolve("api-c32.csv");
        Files.write(
                file,
                List.of(
                        "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes",
                        "bench-c32-a,first,201,12.0,1000,true,,",
                        "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a,"),
                StandardCharsets.UTF_8);
        var mail = mail("2300," + match(1) + ",bench-c32-b", "2600," + match(2) + ",bench-c32-a");

        var run = MailLatency.measure(Map.of("c32", file), mail, Timeline.of(new Properties()));

        assertEquals(2, run.steps().get("c32").linked());
        assertEquals(600, run.steps().get("c32").max());
    }

    @Test
    void kindComesFromMessageId() {
        assertEquals("notification", MailLatency.kind("<notification.0b6e9d1c-5f7a@bench.example>"));
        assertEquals("coordination", MailLatency.kind("<coordination.0b6e@bench.example>"));
        assertEquals("unknown", MailLatency.kind("<m1@localhost>"));
        assertEquals("unknown", MailLatency.kind(""));
    }

    private static String match(int number) {
        return "<notification.00000000-0000-4000-8000-" + String.format("%012d", number) + "@bench.example>";
    }

    private Map<String, Path> steps(String step, String... lines) throws IOException {
        var steps = new LinkedHashMap<String, Path>();
        steps.put(step, write("api-" + step + ".csv", REGISTRATIONS_HEADER, lines));
        return steps;
    }

    private Path mail(String... lines) throws IOException {
        return write("mail.csv", MAIL_HEADER, lines);
    }

    private static Timeline timeline(String... lines) throws IOException {
        var properties = new Properties();
        properties.load(new java.io.StringReader(String.join("\n", lines)));
        return Timeline.of(properties);
    }

    private Path write(String name, String header, String... lines) throws IOException {
        var file = folder.resolve(name);
        var content = new ArrayList<>(List.of(header));
        content.addAll(List.of(lines));
        Files.write(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
