package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matches that the load driver planned in a run's steps, read from their registrations files,
 * as the causes of the match emails that each signal's professional should get.
 *
 * <p>A registration that made a match owes its own professional one email per planned match, and
 * owes the professional of each partner signal one email. The index queues these emails in the
 * registration's transaction and sends them in queue order, so the emails that name one signal
 * arrive in the order of the registrations that owe them.
 */
final class PlannedMatches {

    /** One request of the load driver. {@code step} is the tag of its registrations file, such as {@code c32}. */
    record Registration(
            String step,
            String ownReference,
            String status,
            long respondedAt,
            boolean measured,
            List<String> partners,
            int plannedMatches) {

        boolean madeMatch() {
            return status.equals("201") && !partners.isEmpty();
        }
    }

    /** A registration that owes emails naming one signal, with the number of those still to arrive. */
    static final class Cause {

        private final Registration registration;
        private int owed;

        private Cause(Registration registration, int owed) {
            this.registration = registration;
            this.owed = owed;
        }

        Registration registration() {
            return registration;
        }
    }

    private final List<Registration> registrations;
    private final Map<String, Registration> byReference = new HashMap<>();
    private final Map<String, List<Cause>> causesByReference = new HashMap<>();

    private PlannedMatches(List<Registration> registrations) {
        this.registrations = registrations;
        for (var registration : registrations) {
            byReference.put(registration.ownReference(), registration);
            if (!registration.madeMatch()) {
                continue;
            }
            addCause(registration.ownReference(), new Cause(registration, registration.plannedMatches()));
            for (var partner : registration.partners()) {
                addCause(partner, new Cause(registration, 1));
            }
        }
        causesByReference.values().forEach(causes ->
                causes.sort(Comparator.comparingLong(cause -> cause.registration().respondedAt())));
    }

    /** Reads the registrations files of the steps, keyed by the step's tag. */
    static PlannedMatches read(Map<String, Path> filesByStep) throws IOException {
        var registrations = new ArrayList<Registration>();
        for (var entry : filesByStep.entrySet()) {
            var lines = Files.readAllLines(entry.getValue(), StandardCharsets.UTF_8);
            for (var line : lines.subList(1, lines.size())) {
                registrations.add(parse(entry.getKey(), line));
            }
        }
        return new PlannedMatches(registrations);
    }

    List<Registration> registrations() {
        return registrations;
    }

    /** Returns the registration whose new signal has this own reference, or null when none has. */
    Registration registrationOf(String ownReference) {
        return byReference.get(ownReference);
    }

    /**
     * Takes the first registration, in the order of their responses, that still owes an email naming
     * the signal and belongs to one of the steps. It must have responded before the email arrived,
     * with {@link MailLatency#SLACK_MILLIS} of slack. Returns null when no registration qualifies.
     *
     * <p>NOTE: an owed email that never comes, as when the index had introduced the two professionals
     * in that match before, leaves its registration owing one, and a later email naming the signal in
     * the same window is then linked to it with too long a latency.
     */
    Registration takeCause(String ownReference, long arrivedAt, Set<String> steps) {
        for (var cause : causesByReference.getOrDefault(ownReference, List.of())) {
            if (cause.registration().respondedAt() > arrivedAt + MailLatency.SLACK_MILLIS) {
                return null;
            }
            if (cause.owed > 0 && steps.contains(cause.registration().step())) {
                cause.owed--;
                return cause.registration();
            }
        }
        return null;
    }

    private void addCause(String ownReference, Cause cause) {
        causesByReference.computeIfAbsent(ownReference, reference -> new ArrayList<>()).add(cause);
    }

    /**
     * Parses a line of a registrations file. Files written before the column {@code planned_matches}
     * existed count one planned match for each registration with partners.
     */
    private static Registration parse(String step, String line) {
        var fields = line.split(",", -1);
        var partners = fields[6].isEmpty() ? List.<String>of() : List.of(fields[6].split(";"));
        int plannedMatches = fields.length > 8 ? Integer.parseInt(fields[8]) : Math.min(1, partners.size());
        return new Registration(
                step,
                fields[0],
                fields[2],
                Long.parseLong(fields[4]),
                Boolean.parseBoolean(fields[5]),
                partners,
                plannedMatches);
    }
}
