package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.verwijsindex.bench.load.Percentiles;

/**
 * Links the match emails of the mail sink to the registrations that caused them, and measures the
 * time from the registration's response to the email's arrival.
 *
 * <p>An email names the own reference of its recipient's signal. It counts for the first
 * registration, in response order, that still owes an email naming that signal (see {@link
 * PlannedMatches}) and that belongs to a step whose window contains the email's arrival (see {@link
 * Timeline}). So an email that a later step or the import caused is never linked to a registration
 * of an earlier step. Emails that no planned match explains are counted apart, with the reason.
 */
final class MailLatency {

    /** Slack for the clocks of the load driver and the mail sink, two processes on one machine. */
    static final long SLACK_MILLIS = 1000;

    /** The kind in a match email's Message-ID, {@code <notification.<id>@<domain>>}. */
    static final String MATCH_EMAIL_KIND = "notification";

    private static final Pattern MESSAGE_ID_KIND = Pattern.compile("^<([a-z-]+)\\.[^@]*@");

    /** The reason that an email is not a latency of a measured registration. */
    enum Apart {
        /** A Message-ID that arrived before: the same email sent again. */
        REPEATED,
        /** Not a match email, such as a coordination email: its Message-ID names another kind. */
        NOT_MATCH_EMAIL,
        /** Arrived while the national data set was imported, or until the outbox was empty after it. */
        IMPORT,
        /** Arrived outside the window of every API step. */
        OUTSIDE_STEPS,
        /** Names no own reference of the load driver, such as a signal of the national data set. */
        NO_DRIVER_REFERENCE,
        /** Names a signal of an earlier step, whose window had closed. */
        EARLIER_STEP,
        /** Names a signal of the step, but its registrations owed no further email naming it. */
        UNPLANNED,
        /** Caused by a registration of a step's warm-up. */
        WARM_UP
    }

    /** The emails of one step. Latencies are in milliseconds. */
    record Step(
            int linked,
            int warmUp,
            int unexplained,
            int matchMakers,
            int matchMakersWithoutEmail,
            long p50,
            long p95,
            long p99,
            long max) {}

    /** The emails of a run: each step's, and the counts of those not linked, by reason. */
    record Run(
            int emails,
            Map<String, Step> steps,
            Map<Apart, Integer> apart,
            Map<String, Integer> otherKinds) {

        int apart(Apart reason) {
            return apart.getOrDefault(reason, 0);
        }
    }

    private record Email(long arrivedAt, String messageId, String ownReference) {}

    private MailLatency() {}

    /** Links the emails of the mail file to the registrations of the steps, keyed by step tag in run order. */
    static Run measure(Map<String, Path> registrationsByStep, Path mailFile, Timeline timeline)
            throws IOException {
        var planned = PlannedMatches.read(registrationsByStep);
        var emails = readEmails(mailFile);
        var allSteps = List.copyOf(registrationsByStep.keySet());

        var latencies = new LinkedHashMap<String, List<Long>>();
        var warmUp = new TreeMap<String, Integer>();
        var unexplained = new TreeMap<String, Integer>();
        allSteps.forEach(step -> latencies.put(step, new ArrayList<>()));
        var apart = new EnumMap<Apart, Integer>(Apart.class);
        var otherKinds = new TreeMap<String, Integer>();
        var linked = new HashSet<String>();
        var messageIds = new HashSet<String>();

        for (var email : emails) {
            if (!email.messageId().isEmpty() && !messageIds.add(email.messageId())) {
                apart.merge(Apart.REPEATED, 1, Integer::sum);
                continue;
            }
            var kind = kind(email.messageId());
            if (!kind.equals(MATCH_EMAIL_KIND)) {
                apart.merge(Apart.NOT_MATCH_EMAIL, 1, Integer::sum);
                otherKinds.merge(kind, 1, Integer::sum);
                continue;
            }
            if (timeline.inImport(email.arrivedAt())) {
                apart.merge(Apart.IMPORT, 1, Integer::sum);
                continue;
            }
            var open = timeline.isEmpty() ? allSteps : timeline.stepsAt(email.arrivedAt());
            if (open.isEmpty()) {
                apart.merge(Apart.OUTSIDE_STEPS, 1, Integer::sum);
                continue;
            }

            var cause = email.ownReference().isEmpty()
                    ? null
                    : planned.takeCause(email.ownReference(), email.arrivedAt(), Set.copyOf(open));
            if (cause == null) {
                var reason = unlinkedReason(email, planned, open);
                apart.merge(reason, 1, Integer::sum);
                unexplained.merge(open.get(open.size() - 1), 1, Integer::sum);
            } else if (cause.measured()) {
                linked.add(cause.ownReference());
                latencies.get(cause.step()).add(email.arrivedAt() - cause.respondedAt());
            } else {
                linked.add(cause.ownReference());
                apart.merge(Apart.WARM_UP, 1, Integer::sum);
                warmUp.merge(cause.step(), 1, Integer::sum);
            }
        }

        var steps = new LinkedHashMap<String, Step>();
        for (var step : allSteps) {
            steps.put(step, step(step, latencies.get(step), warmUp, unexplained, planned, linked));
        }
        return new Run(emails.size(), steps, apart, otherKinds);
    }

    private static Apart unlinkedReason(Email email, PlannedMatches planned, List<String> open) {
        if (email.ownReference().isEmpty()) {
            return Apart.NO_DRIVER_REFERENCE;
        }
        var registration = planned.registrationOf(email.ownReference());
        if (registration != null && !open.contains(registration.step())) {
            return Apart.EARLIER_STEP;
        }
        return Apart.UNPLANNED;
    }

    private static Step step(
            String step,
            List<Long> latencies,
            Map<String, Integer> warmUp,
            Map<String, Integer> unexplained,
            PlannedMatches planned,
            Set<String> linked) {
        int makers = 0;
        int withoutEmail = 0;
        for (var registration : planned.registrations()) {
            if (registration.step().equals(step) && registration.madeMatch() && registration.measured()) {
                makers++;
                if (!linked.contains(registration.ownReference())) {
                    withoutEmail++;
                }
            }
        }

        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Step(
                sorted.length,
                warmUp.getOrDefault(step, 0),
                unexplained.getOrDefault(step, 0),
                makers,
                withoutEmail,
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 95),
                Percentiles.of(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Returns the kind that a Message-ID of the index names, such as {@code notification}, or "unknown". */
    static String kind(String messageId) {
        var matcher = MESSAGE_ID_KIND.matcher(messageId);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static List<Email> readEmails(Path file) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var emails = new ArrayList<Email>();
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.split(",", -1);
            emails.add(new Email(Long.parseLong(fields[0]), fields[1], fields[2]));
        }
        // The sink writes in arrival order; sorting keeps the links right if two writes swapped.
        emails.sort(Comparator.comparingLong(Email::arrivedAt));
        return emails;
    }
}
