package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.bench.load.Percentiles;

/**
 * Links the match emails of the mail sink to the registrations that made the matches, and measures
 * the time from the registration's response to the email's arrival.
 *
 * <p>An email names the own reference of its recipient's signal. When that signal's registration
 * made a match itself, the email may be about that match. When other registrations listed the
 * signal as a partner, it may be about one of theirs. Of these candidates, the email counts for the
 * one whose response came last before the email arrived, with one second of slack for the clocks of
 * two processes. Only candidates from the measured window are counted.
 */
final class MailLatency {

    private static final long SLACK_MILLIS = 1000;

    private record Registration(
            String ownReference, String status, long respondedAt, boolean measured, String[] partners) {
        boolean madeMatch() {
            return status.equals("201") && partners.length > 0;
        }
    }

    /** The numbers of one run's emails. Latencies are in milliseconds. */
    record Summary(
            int emails,
            int linked,
            int otherEmails,
            int duplicateMessageIds,
            int matchMakers,
            int matchMakersWithoutEmail,
            long p50,
            long p95,
            long p99,
            long max) {}

    private MailLatency() {}

    static Summary measure(Path registrationsFile, Path mailFile) throws IOException {
        var registrations = readRegistrations(registrationsFile);
        var candidates = new HashMap<String, List<Registration>>();
        for (var registration : registrations.values()) {
            if (registration.madeMatch()) {
                candidates.computeIfAbsent(registration.ownReference(), r -> new ArrayList<>()).add(registration);
                for (var partner : registration.partners()) {
                    candidates.computeIfAbsent(partner, r -> new ArrayList<>()).add(registration);
                }
            }
        }

        var latencies = new ArrayList<Long>();
        var messageIds = new HashSet<String>();
        var emailedReferences = new HashSet<String>();
        int emails = 0;
        int other = 0;
        int duplicates = 0;
        var mailLines = Files.readAllLines(mailFile, StandardCharsets.UTF_8);
        for (var line : mailLines.subList(1, mailLines.size())) {
            var fields = line.split(",", -1);
            long arrivedAt = Long.parseLong(fields[0]);
            emails++;
            if (!fields[1].isEmpty() && !messageIds.add(fields[1])) {
                duplicates++;
            }
            emailedReferences.add(fields[2]);
            var maker = maker(candidates.getOrDefault(fields[2], List.of()), arrivedAt);
            if (maker == null) {
                other++;
            } else if (maker.measured()) {
                latencies.add(arrivedAt - maker.respondedAt());
            }
        }

        int makers = 0;
        int withoutEmail = 0;
        for (var registration : registrations.values()) {
            if (registration.madeMatch() && registration.measured()) {
                makers++;
                if (!emailedReferences.contains(registration.ownReference())) {
                    withoutEmail++;
                }
            }
        }

        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Summary(
                emails,
                sorted.length,
                other,
                duplicates,
                makers,
                withoutEmail,
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 95),
                Percentiles.of(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    private static Registration maker(List<Registration> candidates, long arrivedAt) {
        Registration latest = null;
        for (var candidate : candidates) {
            if (candidate.respondedAt() <= arrivedAt + SLACK_MILLIS
                    && (latest == null || candidate.respondedAt() > latest.respondedAt())) {
                latest = candidate;
            }
        }
        return latest;
    }

    private static Map<String, Registration> readRegistrations(Path file) throws IOException {
        var registrations = new HashMap<String, Registration>();
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.split(",", -1);
            var partners = fields[6].isEmpty() ? new String[0] : fields[6].split(";");
            var registration = new Registration(
                    fields[0], fields[2], Long.parseLong(fields[4]), Boolean.parseBoolean(fields[5]), partners);
            registrations.put(fields[0], registration);
        }
        return registrations;
    }
}
