package nl.verwijsindex.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.coordination.CoordinationSteps;
import nl.verwijsindex.coordination.CoordinationSteps.StepResult;
import nl.verwijsindex.matching.MatchCoordination;
import org.jspecify.annotations.Nullable;

/**
 * Takes the coordination steps of the generated year as the members of each match would, through
 * {@link CoordinationSteps}, so that the steps get the rules, emails and audit entries of the
 * matches page. Each new match is planned on the day it is first seen, with its own {@link Random}
 * draws, and its steps run on later days:
 *
 * <ul>
 *   <li>contact: two in three matches get contact recorded by a member 1 to 20 days later, 7 in 24
 *       21 to 35 days later, and 1 in 24 never. After half of the contacts another member records
 *       contact too, 1 to 10 days later. When a professional joins a match, two in three times a
 *       member records contact 1 to 20 days later, because a member who leaves takes their recorded
 *       contact along;
 *   <li>the proposal that the priority list made: half are accepted 1 to 10 days later, one in five
 *       declined 1 to 10 days later, and the rest stay open. After a decline a member proposes
 *       another member 1 to 5 days later, who accepts half of the time, 1 to 10 days later.
 * </ul>
 *
 * A step whose member left the match, or whose proposal is gone, is skipped and counted.
 */
final class HistoryCoordination {

    /** Any fixed value, apart from the signals' seed so that the signals stay as they were. */
    private static final long SEED = 14;

    private final CoordinationSteps steps;
    private final MatchCoordination coordination;
    private final DemoMatchTally tally;
    private final AuditActor actor;
    private final Map<UUID, HistoryGenerator.DemoProfessional> professionals = new HashMap<>();
    private final Map<UUID, Integer> professionalOrder = new HashMap<>();
    private final Map<UUID, Integer> signalOrder = new HashMap<>();
    private final Map<LocalDate, List<PlannedStep>> planned = new HashMap<>();
    private final Random random = new Random(SEED);
    private final CoordinationCounts counts = new CoordinationCounts();

    HistoryCoordination(
            CoordinationSteps steps,
            MatchCoordination coordination,
            DemoMatchTally tally,
            AuditActor actor,
            List<HistoryGenerator.DemoProfessional> professionals) {
        this.steps = steps;
        this.coordination = coordination;
        this.tally = tally;
        this.actor = actor;
        for (var professional : professionals) {
            this.professionalOrder.put(professional.professionalId(), this.professionals.size());
            this.professionals.put(professional.professionalId(), professional);
        }
    }

    CoordinationCounts counts() {
        return counts;
    }

    /** Notes the order of the generated signals, which sorts the matches made on one day. */
    void signalRegistered(UUID signalId) {
        signalOrder.put(signalId, signalOrder.size());
    }

    /**
     * Plans the steps of the matches that were made or joined since the last call. The matches are
     * sorted by type and signals first, because one registration can make several matches, and
     * matching publishes their events in an order that can differ between runs.
     */
    void planSteps(LocalDate day) {
        var matches = new ArrayList<>(tally.takeNewMatches());
        matches.sort(Comparator.comparing(this::sortKey));
        for (var matchId : matches) {
            int contact = random.nextInt(24);
            if (contact < 16) {
                plan(day.plusDays(1 + random.nextInt(20)), new PlannedStep(Kind.CONTACT, matchId, random.nextInt(64)));
            } else if (contact < 23) {
                plan(day.plusDays(21 + random.nextInt(15)), new PlannedStep(Kind.CONTACT, matchId, random.nextInt(64)));
            }
            planResponse(day, matchId);
        }
        var joined = new ArrayList<>(tally.takeJoinedMatches());
        joined.removeAll(matches);
        joined.sort(Comparator.comparing(this::sortKey));
        for (var matchId : joined) {
            if (random.nextInt(3) < 2) {
                plan(day.plusDays(1 + random.nextInt(20)), new PlannedStep(Kind.CONTACT, matchId, random.nextInt(64)));
            }
        }
    }

    /** Plans the response of the proposed member: accept, decline or none. */
    private void planResponse(LocalDate day, UUID matchId) {
        int response = random.nextInt(10);
        if (response < 5) {
            plan(day.plusDays(1 + random.nextInt(10)), new PlannedStep(Kind.ACCEPT, matchId, 0));
        } else if (response < 7) {
            plan(day.plusDays(1 + random.nextInt(10)), new PlannedStep(Kind.DECLINE, matchId, 0));
        }
    }

    /** Takes the steps planned for the day, in the order they were planned. */
    void takeSteps(LocalDate day) {
        var due = planned.remove(day);
        if (due == null) {
            return;
        }
        for (var step : due) {
            boolean taken = switch (step.kind()) {
                case CONTACT -> recordContact(day, step);
                case ACCEPT -> accept(step);
                case DECLINE -> decline(day, step);
                case PROPOSE_AGAIN -> proposeAgain(day, step);
            };
            if (!taken) {
                counts.skipped++;
            }
        }
    }

    private boolean recordContact(LocalDate day, PlannedStep step) {
        var withoutContact = currentMembers(step.matchId()).stream()
                .filter(member -> member.summary().contactRecordedOn() == null)
                .toList();
        if (withoutContact.isEmpty()) {
            return false;
        }
        var member = withoutContact.get(step.draw() % withoutContact.size());
        if (!take(step, member.professionalId(), null)) {
            return false;
        }
        counts.contactsRecorded++;
        if (step.draw() % 2 == 0) {
            plan(
                    day.plusDays(1 + random.nextInt(10)),
                    new PlannedStep(Kind.CONTACT, step.matchId(), random.nextInt(64)));
        }
        return true;
    }

    private boolean accept(PlannedStep step) {
        var proposed = proposedMember(step.matchId());
        if (proposed == null) {
            return false;
        }
        if (take(step, proposed, null)) {
            counts.accepted++;
            return true;
        }
        return false;
    }

    private boolean decline(LocalDate day, PlannedStep step) {
        var proposed = proposedMember(step.matchId());
        if (proposed == null || !take(step, proposed, null)) {
            return false;
        }
        counts.declined++;
        plan(
                day.plusDays(1 + random.nextInt(5)),
                new PlannedStep(Kind.PROPOSE_AGAIN, step.matchId(), random.nextInt(64), proposed));
        return true;
    }

    /** Proposes a member other than the one who declined, by a member chosen with the step's draw. */
    private boolean proposeAgain(LocalDate day, PlannedStep step) {
        var members = currentMembers(step.matchId());
        if (members.isEmpty()) {
            return false;
        }
        var proposer = members.get(step.draw() % members.size());
        var candidates = proposer.summary().proposableProfessionalIds().stream()
                .filter(id -> !id.equals(step.declinedBy()))
                .sorted(Comparator.comparing(professionalOrder::get))
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        var candidate = candidates.get(step.draw() % candidates.size());
        if (!take(step, proposer.professionalId(), candidate)) {
            return false;
        }
        counts.proposedAgain++;
        if (random.nextBoolean()) {
            plan(day.plusDays(1 + random.nextInt(10)), new PlannedStep(Kind.ACCEPT, step.matchId(), 0));
        }
        return true;
    }

    private boolean take(PlannedStep step, UUID professionalId, @Nullable UUID candidateId) {
        var organisationId = professionals.get(professionalId).organisationId();
        var matchId = step.matchId();
        var result = switch (step.kind()) {
            case CONTACT -> steps.recordContact(organisationId, professionalId, matchId, actor);
            case ACCEPT -> steps.accept(organisationId, professionalId, matchId, actor);
            case DECLINE -> steps.decline(organisationId, professionalId, matchId, actor);
            case PROPOSE_AGAIN ->
                steps.propose(
                        organisationId, professionalId, matchId, java.util.Objects.requireNonNull(candidateId), actor);
        };
        if (result == StepResult.REJECTED) {
            counts.rejected++;
            return false;
        }
        return true;
    }

    /** Returns the proposed coordinator of the match while they are an active member of it. */
    private @Nullable UUID proposedMember(UUID matchId) {
        return currentMembers(matchId).stream()
                .map(member -> member.summary().proposedCoordinatorId())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * Returns the match's active members among the professionals ever seen in it, in the order of
     * the region's professionals, so that a draw picks the same member on every run.
     */
    private List<CurrentMember> currentMembers(UUID matchId) {
        var members = new ArrayList<CurrentMember>();
        var seen =
                tally
                        .find(matchId)
                        .map(DemoMatchTally.TalliedMatch::professionalIds)
                        .orElse(java.util.Set.of())
                        .stream()
                        .filter(professionals::containsKey)
                        .sorted(Comparator.comparing(professionalOrder::get))
                        .toList();
        for (var professionalId : seen) {
            summary(professionalId, matchId)
                    .ifPresent(summary -> members.add(new CurrentMember(professionalId, summary)));
        }
        return members;
    }

    private Optional<MatchCoordination.Summary> summary(UUID professionalId, UUID matchId) {
        return Optional.ofNullable(
                coordination.summaries(professionalId, List.of(matchId)).get(matchId));
    }

    /** Returns the match's type followed by the registration order of its signals. */
    private String sortKey(UUID matchId) {
        var match = tally.find(matchId);
        if (match.isEmpty()) {
            return "";
        }
        var positions = match.get().signalIds().stream()
                .map(id -> signalOrder.getOrDefault(id, Integer.MAX_VALUE))
                .sorted()
                .map(position -> String.format("%010d", position))
                .toList();
        return match.get().type().code() + " " + String.join(" ", positions);
    }

    private void plan(LocalDate day, PlannedStep step) {
        planned.computeIfAbsent(day, date -> new ArrayList<>()).add(step);
    }

    private enum Kind {
        CONTACT,
        ACCEPT,
        DECLINE,
        PROPOSE_AGAIN
    }

    /**
     * A step planned for a day.
     *
     * @param draw a random number that chooses the member, drawn when the step was planned
     * @param declinedBy the member who declined, for a new proposal
     */
    private record PlannedStep(
            Kind kind, UUID matchId, int draw, @Nullable UUID declinedBy) {

        PlannedStep(Kind kind, UUID matchId, int draw) {
            this(kind, matchId, draw, null);
        }
    }

    private record CurrentMember(UUID professionalId, MatchCoordination.Summary summary) {}

    /** Counts of the coordination steps taken in the generated year. */
    static final class CoordinationCounts {

        int contactsRecorded;
        int accepted;
        int declined;
        int proposedAgain;
        /** Planned steps not taken: the member left, the proposal was gone, or a rule rejected it. */
        int skipped;
        /** Steps that the coordination rules rejected, also counted in {@link #skipped}. */
        int rejected;

        @Override
        public String toString() {
            return contactsRecorded + " contacts recorded, " + accepted + " proposals accepted, " + declined
                    + " declined and " + proposedAgain + " proposed again, " + skipped + " planned steps skipped ("
                    + rejected + " rejected)";
        }
    }
}
