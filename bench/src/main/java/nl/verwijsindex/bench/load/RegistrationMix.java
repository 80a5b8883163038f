package nl.verwijsindex.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.verwijsindex.bench.load.FixtureOrganisations.Organisation;
import nl.verwijsindex.bench.population.NationalPopulation;

/**
 * Plans the next registration by the shares of {@link Kind}, and remembers which signals this run
 * registered so that later ones can match them. Safe for concurrent use. A kind that needs an earlier
 * signal falls back to {@link Kind#FIRST} until there is one, and a family match falls back to a
 * child match when the chosen child has no unregistered sibling.
 */
final class RegistrationMix {

    /** A signal that this run registered: its organisation, professional and own reference. */
    private record HeldSignal(int organisation, String professionalId, String ownReference) {}

    private static final int MAX_PICKS = 100;

    private final NationalPopulation population;
    private final List<Organisation> organisations;
    private final String tag;
    private final int firstChild;
    private final AtomicInteger nextChild = new AtomicInteger();
    private final AtomicLong nextReference = new AtomicLong();
    private final Map<String, List<HeldSignal>> signalsByChild = new ConcurrentHashMap<>();
    private final List<String> registeredChildren = new ArrayList<>();

    RegistrationMix(NationalPopulation population, List<Organisation> organisations, String tag, int firstChild) {
        this.population = population;
        this.organisations = organisations;
        this.tag = tag;
        this.firstChild = firstChild;
    }

    /** The offset into the population's children that the next run should start at. */
    int nextChildOffset() {
        return (firstChild + nextChild.get()) % population.children();
    }

    PlannedRegistration next() {
        var random = ThreadLocalRandom.current();
        var kind = Kind.byPercentile(random.nextInt(100));
        var registered = randomRegisteredChild();
        if (registered == null || kind == Kind.FIRST) {
            int child = (firstChild + nextChild.getAndIncrement()) % population.children();
            return plan(Kind.FIRST, population.child(child));
        }
        return switch (kind) {
            case REPEAT -> repeat(registered);
            case FAMILY_MATCH -> familyMatch(registered);
            default -> plan(Kind.CHILD_MATCH, registered);
        };
    }

    /** Remembers a registration that the index created (status 201). */
    void created(PlannedRegistration registration) {
        var held = new HeldSignal(
                registration.organisation(), registration.professionalId(), registration.ownReference());
        var signals = signalsByChild.computeIfAbsent(registration.bsn(), bsn -> new ArrayList<>());
        boolean firstOnChild;
        synchronized (signals) {
            firstOnChild = signals.isEmpty();
            signals.add(held);
        }
        if (firstOnChild) {
            synchronized (registeredChildren) {
                registeredChildren.add(registration.bsn());
            }
        }
    }

    private PlannedRegistration repeat(String bsn) {
        var held = heldOn(bsn);
        var earlier = held.get(ThreadLocalRandom.current().nextInt(held.size()));
        return new PlannedRegistration(
                Kind.REPEAT, bsn, earlier.organisation(), earlier.professionalId(), reference(), List.of(), 0);
    }

    private PlannedRegistration familyMatch(String registered) {
        var unregistered = population.siblings(registered).stream()
                .filter(sibling -> !signalsByChild.containsKey(sibling))
                .toList();
        if (unregistered.isEmpty()) {
            return plan(Kind.CHILD_MATCH, registered);
        }
        var sibling = unregistered.get(ThreadLocalRandom.current().nextInt(unregistered.size()));
        return plan(Kind.FAMILY_MATCH, sibling);
    }

    /** Plans a registration on the child by a professional without a signal of this run on it. */
    PlannedRegistration plan(Kind kind, String bsn) {
        var random = ThreadLocalRandom.current();
        var holders = heldOn(bsn).stream().map(HeldSignal::professionalId).toList();
        int organisation;
        String professional;
        int attempts = 0;
        // Bounded, so that a tiny fixture whose professionals all hold a signal on the child cannot hang
        // the driver: the last pick then gets its existing signal back with 200.
        do {
            organisation = random.nextInt(organisations.size());
            var ids = organisations.get(organisation).professionalIds();
            professional = ids.get(random.nextInt(ids.size()));
            attempts++;
        } while (holders.contains(professional) && attempts < MAX_PICKS);
        var partners = new ArrayList<String>();
        int plannedMatches = addPartners(partners, bsn, professional);
        for (var sibling : population.siblings(bsn)) {
            plannedMatches += addPartners(partners, sibling, professional);
        }
        return new PlannedRegistration(kind, bsn, organisation, professional, reference(), partners, plannedMatches);
    }

    /**
     * Adds the own references of the child's signals held by other professionals, and returns 1 when
     * it added any, because the new signal then joins one match on that child.
     */
    private int addPartners(List<String> partners, String child, String professional) {
        int before = partners.size();
        for (var held : heldOn(child)) {
            if (!held.professionalId().equals(professional)) {
                partners.add(held.ownReference());
            }
        }
        return partners.size() > before ? 1 : 0;
    }

    private List<HeldSignal> heldOn(String bsn) {
        var signals = signalsByChild.get(bsn);
        if (signals == null) {
            return List.of();
        }
        synchronized (signals) {
            return List.copyOf(signals);
        }
    }

    private String randomRegisteredChild() {
        synchronized (registeredChildren) {
            if (registeredChildren.isEmpty()) {
                return null;
            }
            return registeredChildren.get(ThreadLocalRandom.current().nextInt(registeredChildren.size()));
        }
    }

    private String reference() {
        return OwnReferences.of(tag, nextReference.getAndIncrement());
    }
}
