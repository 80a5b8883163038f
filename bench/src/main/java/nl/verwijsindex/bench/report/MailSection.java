package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.bench.report.MailLatency.Apart;

/**
 * The section on match emails: for each API step, the time from the response to a registration that
 * made a match to the arrival of its emails, and the emails that no registration of a step caused,
 * by reason. The target applies to the 32-client step. When the outbox still contained unsent emails
 * at the end of the run, the latencies count only the emails that arrived, so the section marks them
 * as lower bounds and calls no email target met.
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
        var run = MailLatency.measure(registrationFiles(results), mail, Timeline.read(results));
        var rows = new ArrayList<List<String>>();
        run.steps().forEach((step, emails) -> rows.add(row(step, emails, queue)));
        var measured = run.steps().get("c" + Report.RATIO_CLIENTS);
        if (measured == null) {
            targets.notMeasured(TARGET);
        } else {
            addTargets(targets, run, measured, queue);
        }

        section.paragraph(queue.describe());
        section.paragraph("Time from the response to a registration that made a match to the arrival of each"
                + " of its emails at the mail sink, for the registrations of a step's measured window. Each"
                + " email names the own reference of its recipient's signal. It is linked to the first"
                + " registration, in response order, that still owed an email naming that signal: the"
                + " signal's own registration owes one per match it made, and each later registration that"
                + " matched it owes one. Only registrations of a step whose window contains the arrival"
                + " count. A step's window runs from its start until the harness found the outbox without"
                + " unsent match emails after it. The harness waits for that, at most 300 s, before the"
                + " next step, so that the next step does not share the CPU with sending them.");
        section.table(
                List.of("step", "p50", "p95", "p99", "max", "emails linked", "of warm-up registrations",
                        "not explained by a planned match", "matching registrations", "of which without email",
                        "unsent when the step ended", "seconds until the outbox was empty"),
                rows);
        return section.raw(apartTable(run)).toString();
    }

    /** Returns the steps' registrations files that exist, keyed by step tag, in run order. */
    private static Map<String, Path> registrationFiles(Results results) {
        var files = new LinkedHashMap<String, Path>();
        for (var suffix : List.of("", "full")) {
            for (var step : Report.stepNames()) {
                var file = results.file("api-" + step + suffix + ".csv");
                if (Files.exists(file)) {
                    files.put(step + suffix, file);
                }
            }
        }
        return files;
    }

    private static String apartTable(MailLatency.Run run) {
        var rows = new ArrayList<List<String>>();
        int linked = run.steps().values().stream().mapToInt(MailLatency.Step::linked).sum();
        rows.add(List.of("linked to a registration of a measured window (the latencies above)", count(linked)));
        rows.add(List.of("caused by a registration of a warm-up", count(run.apart(Apart.WARM_UP))));
        rows.add(List.of("named a signal of an earlier step: a registration of the step matched it without the"
                + " driver planning that, for example on a sibling of a child that the earlier step"
                + " registered", count(run.apart(Apart.EARLIER_STEP))));
        rows.add(List.of("named a signal of the step after its registrations owed no more emails naming it: a"
                + " match the driver did not plan, such as one with a sibling's signal of an earlier step,"
                + " or one of a registration whose response timed out", count(run.apart(Apart.UNPLANNED))));
        rows.add(List.of("named no own reference of the load driver, such as a signal of the national data set",
                count(run.apart(Apart.NO_DRIVER_REFERENCE))));
        rows.add(List.of("caused by the import: arrived from the start of the import of the national data set"
                + " until the outbox was empty after it", count(run.apart(Apart.IMPORT))));
        rows.add(List.of("arrived outside the window of every step", count(run.apart(Apart.OUTSIDE_STEPS))));
        var kinds = new ArrayList<String>();
        run.otherKinds().forEach((kind, emails) -> kinds.add("`" + kind + "` " + emails));
        rows.add(List.of("not a match email, by the kind in its Message-ID"
                        + (kinds.isEmpty() ? "" : ": " + String.join(", ", kinds)),
                count(run.apart(Apart.NOT_MATCH_EMAIL))));
        rows.add(List.of("repeated Message-ID: an email that arrived before, sent again",
                count(run.apart(Apart.REPEATED))));
        rows.add(List.of("all emails that arrived", count(run.emails())));
        return new Page()
                .paragraph("Every email of the run, once. The emails that no registration of a measured window"
                        + " caused are counted here and not in the latencies.")
                .table(List.of("emails of the whole run", "count"), rows)
                .toString();
    }

    private static String count(int value) {
        return String.valueOf(value);
    }

    private static void addTargets(Targets targets, MailLatency.Run run, MailLatency.Step step, MailQueue queue) {
        if (step.linked() == 0) {
            targets.notMeasured(TARGET);
        } else if (queue.complete()) {
            targets.atMost(TARGET, (double) step.p99(), Report.MAIL_P99_TARGET_MS, " ms");
        } else {
            // An unsent email would arrive after the wait, later than its match by more than the
            // wait's length, so adding it cannot lower a p99 that is shorter than that length.
            var measured = "≥ " + step.p99() + " ms, a lower bound: " + queue.unsentText();
            if (step.p99() > Report.MAIL_P99_TARGET_MS) {
                targets.add(TARGET, measured, false);
            } else {
                targets.unknown(TARGET, measured);
            }
        }

        var target = "No email arrives twice (whole run)";
        int repeated = run.apart(Apart.REPEATED);
        var measured = run.emails() + " emails arrived, " + repeated + " repeated Message-IDs";
        if (repeated > 0 || queue.complete()) {
            targets.add(target, measured, repeated == 0);
        } else {
            targets.unknown(target, measured + "; " + queue.unsentText());
        }
    }

    private static List<String> row(String step, MailLatency.Step emails, MailQueue queue) {
        boolean measured = emails.linked() > 0;
        // With emails missing, the percentiles of the emails that arrived are lower bounds.
        var bound = queue.complete() ? "" : "≥ ";
        return List.of(
                step,
                measured ? bound + emails.p50() + " ms" : "",
                measured ? bound + emails.p95() + " ms" : "",
                measured ? bound + emails.p99() + " ms" : "",
                measured ? bound + emails.max() + " ms" : "",
                String.valueOf(emails.linked()),
                String.valueOf(emails.warmUp()),
                String.valueOf(emails.unexplained()),
                String.valueOf(emails.matchMakers()),
                String.valueOf(emails.matchMakersWithoutEmail()),
                queue.unsentAfter(step),
                queue.drainSecondsAfter(step));
    }
}
