package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailLatencyTests {

    private static final String REGISTRATIONS_HEADER =
            "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners";
    private static final String MAIL_HEADER = "arrived_at_ms,message_id,own_reference";

    @TempDir
    Path folder;

    @Test
    void linksEmailsToMatchingRegistration() throws IOException {
        var registrations = write("registrations.csv", REGISTRATIONS_HEADER,
                "bench-c32-a,first,201,12.0,1000,true,",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a",
                "bench-c32-c,family-match,201,15.0,5000,true,bench-c32-a;bench-c32-b");
        var mail = write("mail.csv", MAIL_HEADER,
                // The match that b made: emails to b and to a.
                "2300,<m1@localhost>,bench-c32-b",
                "2600,<m2@localhost>,bench-c32-a",
                // The match that c made: emails to c, a and b.
                "5100,<m3@localhost>,bench-c32-c",
                "5200,<m4@localhost>,bench-c32-a",
                "9000,<m5@localhost>,bench-c32-b");

        var summary = MailLatency.measure(registrations, mail);

        assertEquals(5, summary.emails());
        assertEquals(5, summary.linked());
        assertEquals(0, summary.otherEmails());
        assertEquals(0, summary.duplicateMessageIds());
        assertEquals(2, summary.matchMakers());
        assertEquals(0, summary.matchMakersWithoutEmail());
        // Latencies 300, 600, 100, 200 and 4000 ms.
        assertEquals(300, summary.p50());
        assertEquals(4000, summary.p95());
        assertEquals(4000, summary.p99());
        assertEquals(4000, summary.max());
    }

    @Test
    void countsRepeatedMessageIdsAndUnknownReferences() throws IOException {
        var registrations = write("registrations.csv", REGISTRATIONS_HEADER,
                "bench-c32-a,first,201,12.0,1000,true,",
                "bench-c32-b,child-match,201,15.0,2000,true,bench-c32-a");
        var mail = write("mail.csv", MAIL_HEADER,
                "2300,<m1@localhost>,bench-c32-b",
                "2400,<m1@localhost>,bench-c32-b",
                "2500,<m2@localhost>,",
                "2600,<m3@localhost>,bench-c8-z");

        var summary = MailLatency.measure(registrations, mail);

        assertEquals(4, summary.emails());
        assertEquals(2, summary.linked());
        assertEquals(2, summary.otherEmails());
        assertEquals(1, summary.duplicateMessageIds());
    }

    @Test
    void skipsWarmUpAndCountsMissingEmails() throws IOException {
        var registrations = write("registrations.csv", REGISTRATIONS_HEADER,
                "bench-c32-a,first,201,12.0,1000,false,",
                "bench-c32-b,child-match,201,15.0,2000,false,bench-c32-a",
                "bench-c32-c,first,201,12.0,3000,true,",
                "bench-c32-d,child-match,201,15.0,4000,true,bench-c32-c",
                "bench-c32-e,child-match,422,15.0,4100,true,bench-c32-c");
        var mail = write("mail.csv", MAIL_HEADER, "2300,<m1@localhost>,bench-c32-b");

        var summary = MailLatency.measure(registrations, mail);

        assertEquals(1, summary.emails());
        assertEquals(0, summary.linked());
        assertEquals(1, summary.matchMakers());
        assertEquals(1, summary.matchMakersWithoutEmail());
    }

    private Path write(String name, String header, String... lines) throws IOException {
        var file = folder.resolve(name);
        var content = new java.util.ArrayList<>(List.of(header));
        content.addAll(List.of(lines));
        Files.write(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
