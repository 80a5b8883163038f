package nl.verwijsindex.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.coordination.BorderChecks;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.registration.SignalExpiry;
import nl.verwijsindex.registration.SignalRegistrations;
import nl.verwijsindex.system.DemoClock;

/**
 * Generates twelve months of activity in the demo region, one day at a time, with the demo clock set
 * to that day. It registers through the registration service, so matching, coordination proposals,
 * the outbox and the audit trail react as they would on that day. {@link Random} with a fixed seed
 * makes the same choices on every run, on every JDK.
 *
 * <p>On a weekday 5 to 10 professionals register a signal, on a weekend day 0 to 2, and in July and
 * August fewer. About a third of the signals go to a child that has an active signal already, and some
 * to a sibling of one, which gives child and family matches. Most professionals work in the child's
 * municipality, and the rest anywhere in the region, so that matches cross municipality borders. A
 * third of the signals end early because the risk is gone, and the others expire at their end date.
 * Each day the members of the matches take the coordination steps that {@link HistoryCoordination}
 * planned for it. At the end of each day the due border checks run, so that every border notice is
 * queued on a generated day and none waits for the scheduled check after the generation.
 */
final class HistoryGenerator {

    static final String AUDIT_ACTOR = "demo-history";
    static final AuditActor ACTOR = AuditActor.system(AUDIT_ACTOR);

    /** Any fixed value. Changing it changes every generated signal. */
    private static final long SEED = 5;

    private final SignalRegistrations registrations;
    private final SignalExpiry expiry;
    private final DemoClock clock;
    private final HistoryCoordination coordination;
    private final BorderChecks borderChecks;
    private final List<DemoProfessional> professionals;
    private final Map<String, List<DemoProfessional>> professionalsByMunicipality;
    private final List<List<Person>> families;
    private final AuditActor actor = ACTOR;
    private final Random random = new Random(SEED);

    /** Active generated signals in the order they were registered. */
    private final Map<UUID, ActiveSignal> active = new LinkedHashMap<>();

    private final List<UUID> activeIds = new ArrayList<>();
    private final Map<LocalDate, List<ActiveSignal>> plannedEnds = new HashMap<>();
    private final HistoryCounts counts = new HistoryCounts();

    HistoryGenerator(
            SignalRegistrations registrations,
            SignalExpiry expiry,
            DemoClock clock,
            HistoryCoordination coordination,
            BorderChecks borderChecks,
            List<DemoProfessional> professionals,
            List<List<Person>> families) {
        this.registrations = registrations;
        this.expiry = expiry;
        this.clock = clock;
        this.coordination = coordination;
        this.borderChecks = borderChecks;
        this.professionals = List.copyOf(professionals);
        this.professionalsByMunicipality = new HashMap<>();
        for (var professional : professionals) {
            professionalsByMunicipality
                    .computeIfAbsent(professional.municipalityCode(), code -> new ArrayList<>())
                    .add(professional);
        }
        this.families = List.copyOf(families);
    }

    /**
     * Generates the days from a year before {@code today} up to and including {@code today}, and
     * leaves the clock on {@code today}. The caller sets the clock back to the real time.
     */
    HistoryCounts generate(LocalDate today) {
        for (var day = today.minusYears(1).plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            clock.setDay(day);
            expire(day);
            endPlanned(day);
            coordination.takeSteps(day);
            int signals = signalsOn(day);
            for (int i = 0; i < signals; i++) {
                registerOne(day);
            }
            coordination.planSteps(day);
            borderChecks.checkAllDue();
        }
        counts.childrenWithFourOrMoreProfessionals = childrenWithFourOrMoreProfessionals();
        return counts;
    }

    private int signalsOn(LocalDate day) {
        var weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        int signals = weekend ? random.nextInt(3) : 5 + random.nextInt(6);
        if (day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST) {
            signals = signals / 2;
        }
        return signals;
    }

    /** Archives the generated signals whose end date has passed, as the daily expiry job would. */
    private void expire(LocalDate day) {
        for (var signalId : expiry.findPastEndDate(day)) {
            if (expiry.archiveIfPastEndDate(signalId, day)) {
                counts.expired++;
                forget(signalId);
            }
        }
    }

    private void endPlanned(LocalDate day) {
        for (var signal : plannedEnds.getOrDefault(day, List.of())) {
            if (active.containsKey(signal.id())) {
                registrations.endAsRiskGone(signal.professional().organisationId(), signal.id(), actor);
                counts.endedRiskGone++;
                forget(signal.id());
            }
        }
        plannedEnds.remove(day);
    }

    private void registerOne(LocalDate day) {
        var child = chooseChild(day);
        var professional = chooseProfessional(child);
        var registered = registrations.register(
                professional.organisationId(), professional.professionalId(), child.bsn(), actor);
        if (registered.isEmpty()) {
            counts.rejected++;
            return;
        }
        if (!registered.get().created()) {
            counts.repeated++;
            return;
        }

        counts.registered++;
        coordination.signalRegistered(registered.get().id());
        var signal = new ActiveSignal(registered.get().id(), child, professional);
        active.put(signal.id(), signal);
        activeIds.add(signal.id());
        if (random.nextInt(3) == 0) {
            var end = day.plusDays(30 + random.nextInt(210));
            if (end.isBefore(registered.get().endDate())) {
                plannedEnds.computeIfAbsent(end, date -> new ArrayList<>()).add(signal);
            }
        }
    }

    /**
     * Chooses a child with an active signal (more likely the more signals it has), a sibling of such a
     * child, or any child of the region who was born by then.
     */
    private Person chooseChild(LocalDate day) {
        int draw = random.nextInt(100);
        if (draw < 35 && !activeIds.isEmpty()) {
            return active.get(activeIds.get(random.nextInt(activeIds.size()))).child();
        }
        if (draw < 47 && !activeIds.isEmpty()) {
            var child =
                    active.get(activeIds.get(random.nextInt(activeIds.size()))).child();
            var siblings = familyOf(child);
            var sibling = siblings.get(random.nextInt(siblings.size()));
            if (bornBy(sibling, day)) {
                return sibling;
            }
        }
        while (true) {
            var family = families.get(random.nextInt(families.size()));
            var child = family.get(random.nextInt(family.size()));
            if (bornBy(child, day)) {
                return child;
            }
        }
    }

    /** Chooses a professional of the child's municipality 7 times in 10, else one anywhere in the region. */
    private DemoProfessional chooseProfessional(Person child) {
        var local = child.residence()
                .municipality()
                .map(code -> professionalsByMunicipality.getOrDefault(code, List.of()))
                .orElse(List.of());
        if (!local.isEmpty() && random.nextInt(10) < 7) {
            return local.get(random.nextInt(local.size()));
        }
        return professionals.get(random.nextInt(professionals.size()));
    }

    private List<Person> familyOf(Person child) {
        return families.stream()
                .filter(family -> family.contains(child))
                .findFirst()
                .orElse(List.of(child));
    }

    private static boolean bornBy(Person child, LocalDate day) {
        return child.birthDate()
                .earliestPossible()
                .map(born -> born.isBefore(day))
                .orElse(false);
    }

    private void forget(UUID signalId) {
        if (active.remove(signalId) != null) {
            activeIds.remove(signalId);
        }
    }

    /** Counts the children whose active generated signals belong to 4 or more professionals. */
    private int childrenWithFourOrMoreProfessionals() {
        var professionalsPerChild = new HashMap<Person, java.util.Set<UUID>>();
        for (var signal : active.values()) {
            professionalsPerChild
                    .computeIfAbsent(signal.child(), child -> new java.util.HashSet<>())
                    .add(signal.professional().professionalId());
        }
        return (int) professionalsPerChild.values().stream()
                .filter(set -> set.size() >= 4)
                .count();
    }

    /** A professional of the region who registers signals, with their organisation's municipality. */
    record DemoProfessional(UUID professionalId, UUID organisationId, String municipalityCode) {}

    private record ActiveSignal(UUID id, Person child, DemoProfessional professional) {}
}
