package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The section on match emails: for each API step, the time from the response to a registration that
 * made a match to the arrival of its emails. The target applies to the 32-client step. When the
 * outbox still contained unsent emails at the end of the run, the latencies count only the emails that
 * arrived, so the section marks them as lower bounds and calls no email target met.
 */
final class MailSection {

    private static final String TARGET = "Match email p99 ≤ 5 s after the match, at 32 clients";

    private MailSection() {}

    static String write(Results results, Targets targets) throws IOException {
        var section = new Page().heading("Match emails");
        var mail = results.file("mail.csv");
        if (!Files.exists(mail)) {
            targets.notMeasured(TARGET);
            return section.paragraph("Not measured: the mail sink's file is missing.").toString();
        }

        var queue = MailQueue.read(results);
        var rows = new ArrayList<List<String>>();
        var steps = new ArrayList<String>();
        for (int clients : Report.CLIENT_COUNTS) {
            steps.add("c" + clients);
        }
        steps.add("half");
        for (var suffix : List.of("", "full")) {
            for (var step : steps) {
                var registrations = results.file("api-" + step + suffix + ".csv");
                if (Files.exists(registrations)) {
                    var summary = MailLatency.measure(registrations, mail);
                    rows.add(row(step + suffix, summary, queue));
                    if ((step + suffix).equals("c" + Report.RATIO_CLIENTS)) {
                        addTargets(targets, summary, queue);
                    }
                }
            }
        }
        if (rows.stream().noneMatch(row -> row.get(0).equals("c" + Report.RATIO_CLIENTS))) {
            targets.notMeasured(TARGET);
        }

        section.paragraph(queue.describe());
        section.paragraph("Time from the response to a registration that made a match to the arrival of each"
                + " of its emails at the mail sink, for the matches made in a step's measured window. Each email"
                + " names the recipient's own reference, which links it to a registration. Emails of a step"
                + " may arrive during the next one. After each client-count step the harness waits, at most"
                + " 300 s, until the outbox has no unsent match email, so that the next step does not share"
                + " the CPU with sending them. A Message-ID that arrives twice is an email sent twice.");
        return section.table(
                        List.of("step", "p50", "p95", "p99", "max", "emails linked", "matching registrations",
                                "of which without email", "unsent when the step ended",
                                "seconds until the outbox was empty", "repeated Message-IDs (whole run)"),
                        rows)
                .toString();
    }

    private static void addTargets(Targets targets, MailLatency.Summary summary, MailQueue queue) {
        if (summary.linked() == 0) {
            targets.notMeasured(TARGET);
        } else if (queue.complete()) {
            targets.atMost(TARGET, (double) summary.p99(), Report.MAIL_P99_TARGET_MS, " ms");
        } else {
            // An unsent email would arrive after the wait, later than its match by more than the
            // wait's length, so adding it cannot lower a p99 that is shorter than that length.
            var measured = "≥ " + summary.p99() + " ms, a lower bound: " + queue.unsentText();
            if (summary.p99() > Report.MAIL_P99_TARGET_MS) {
                targets.add(TARGET, measured, false);
            } else {
                targets.unknown(TARGET, measured);
            }
        }

        var target = "No email arrives twice (whole run)";
        var measured = summary.emails() + " emails arrived, " + summary.duplicateMessageIds() + " repeated Message-IDs";
        if (summary.duplicateMessageIds() > 0 || queue.complete()) {
            targets.add(target, measured, summary.duplicateMessageIds() == 0);
        } else {
            targets.unknown(target, measured + "; " + queue.unsentText());
        }
    }

    private static List<String> row(String step, MailLatency.Summary summary, MailQueue queue) {
        boolean measured = summary.linked() > 0;
        // With emails missing, the percentiles of the emails that arrived are lower bounds.
        var bound = queue.complete() ? "" : "≥ ";
        return List.of(
                step,
                measured ? bound + summary.p50() + " ms" : "",
                measured ? bound + summary.p95() + " ms" : "",
                measured ? bound + summary.p99() + " ms" : "",
                measured ? bound + summary.max() + " ms" : "",
                String.valueOf(summary.linked()),
                String.valueOf(summary.matchMakers()),
                String.valueOf(summary.matchMakersWithoutEmail()),
                queue.unsentAfter(step),
                queue.drainSecondsAfter(step),
                String.valueOf(summary.duplicateMessageIds()));
    }
}
