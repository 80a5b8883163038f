package nl.verwijsindex.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.verwijsindex.bench.load.FixtureOrganisations.Organisation;
import nl.verwijsindex.bench.population.NationalPopulation;
import org.junit.jupiter.api.Test;

class RegistrationMixTests {

    private static final NationalPopulation POPULATION = NationalPopulation.of(3, 20_000);

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("o1", "t1", List.of("p1")),
            new Organisation("o2", "t2", List.of("p2")),
            new Organisation("o3", "t3", List.of("p3")));

    @Test
    void plansOneMatchPerChildWithPartners() {
        var child = childWithSibling();
        var sibling = POPULATION.siblings(child).get(0);
        var mix = new RegistrationMix(POPULATION, ORGANISATIONS, "c8", 0);
        mix.created(new PlannedRegistration(Kind.FIRST, child, 0, "p1", "bench-c8-a", List.of(), 0));
        mix.created(new PlannedRegistration(Kind.CHILD_MATCH, child, 1, "p2", "bench-c8-b", List.of("bench-c8-a"), 1));
        mix.created(new PlannedRegistration(Kind.FIRST, sibling, 1, "p2", "bench-c8-c", List.of(), 0));

        // p1 and p2 have signals on the child, so the plan picks p3.
        var planned = mix.plan(Kind.CHILD_MATCH, child);

        assertEquals("p3", planned.professionalId());
        assertEquals(List.of("bench-c8-a", "bench-c8-b", "bench-c8-c"), planned.partners());
        assertEquals(2, planned.plannedMatches());
    }

    @Test
    void plansNoMatchWithOwnSignalOnSibling() {
        var child = childWithSibling();
        var sibling = POPULATION.siblings(child).get(0);
        var twoOrganisations = ORGANISATIONS.subList(0, 2);
        var mix = new RegistrationMix(POPULATION, twoOrganisations, "c8", 0);
        mix.created(new PlannedRegistration(Kind.FIRST, child, 0, "p1", "bench-c8-a", List.of(), 0));
        mix.created(new PlannedRegistration(Kind.FIRST, sibling, 1, "p2", "bench-c8-b", List.of(), 0));

        // p2 has a signal on the sibling, so the plan picks p1, whose own signal on the child is no partner.
        var planned = mix.plan(Kind.CHILD_MATCH, sibling);

        assertEquals("p1", planned.professionalId());
        assertEquals(List.of("bench-c8-b"), planned.partners());
        assertEquals(1, planned.plannedMatches());
    }

    private static String childWithSibling() {
        for (int k = 0; k < POPULATION.children(); k++) {
            var child = POPULATION.child(k);
            if (!POPULATION.siblings(child).isEmpty()) {
                return child;
            }
        }
        throw new IllegalStateException("The test population has no child with a sibling");
    }
}
