package nl.verwijsindex.bench.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class NationalPopulationTests {

    private static final int PERSONS = 200_000;
    private static final NationalPopulation POPULATION = NationalPopulation.of(7, PERSONS);

    @Test
    void everyBsnPassesElevenTest() {
        for (int i = 0; i < PERSONS; i++) {
            var bsn = POPULATION.bsn(i);
            assertEquals(9, bsn.length(), bsn);
            assertTrue(Bsns.passesElevenTest(bsn), bsn);
        }
    }

    @Test
    void bsnsAvoidRvigTestRanges() {
        for (int i = 0; i < PERSONS; i++) {
            assertTrue(POPULATION.bsn(i).startsWith("30"), POPULATION.bsn(i));
        }
    }

    @Test
    void bsnsAreDistinctAndRoundTrip() {
        var seen = new HashSet<String>();
        for (int i = 0; i < PERSONS; i++) {
            var bsn = POPULATION.bsn(i);
            assertTrue(seen.add(bsn), "duplicate " + bsn);
            assertEquals(i, POPULATION.indexOf(bsn));
            assertEquals(bsn, POPULATION.person(bsn).bsn());
        }
    }

    @Test
    void unknownBsnHasNoPerson() {
        assertNull(POPULATION.person("999970033"));
        assertNull(POPULATION.person("12345"));
        assertNull(POPULATION.person(Bsns.bsn(PERSONS)));
        assertEquals(-1, POPULATION.indexOf(Bsns.bsn(PERSONS)));
    }

    @Test
    void siblingRelationsAreSymmetric() {
        int withSiblings = 0;
        for (int i = 0; i < PERSONS; i++) {
            var bsn = POPULATION.bsn(i);
            for (var sibling : POPULATION.siblings(bsn)) {
                assertTrue(
                        POPULATION.siblings(sibling).contains(bsn),
                        bsn + " is missing among the siblings of " + sibling);
                withSiblings++;
            }
        }
        assertTrue(withSiblings > PERSONS / 4, "only " + withSiblings + " sibling relations");
    }

    @Test
    void parentsAndChildrenPointAtEachOther() {
        for (int i = 0; i < PERSONS; i++) {
            var person = POPULATION.person(i);
            for (var parent : person.parents()) {
                assertTrue(POPULATION.person(parent).children().contains(person.bsn()), person.bsn());
            }
            for (var child : person.children()) {
                assertTrue(POPULATION.person(child).parents().contains(person.bsn()), person.bsn());
            }
        }
    }

    @Test
    void householdSizesFollowCbs() {
        var households = new HouseholdCount();
        for (int unit = 0; unit < POPULATION.units(); unit++) {
            households.add(POPULATION.unit(unit));
        }

        // CBS StatLine 71487ned, 1 January 2023: 43.3 % one child, 40.9 % two, 15.8 % three or more, 23.1 % one parent.
        assertEquals(43.3, households.percentWithChildren(1), 1.5);
        assertEquals(40.9, households.percentWithChildren(2), 1.5);
        assertEquals(15.8, households.percentWithThreeOrMore(), 1.5);
        assertEquals(23.1, households.percentOneParent(), 1.5);
    }

    @Test
    void childrenShareOfPersons() {
        double share = 100.0 * POPULATION.children() / PERSONS;

        assertEquals(47.7, share, 1.0);
    }

    @Test
    void sameSeedGivesSamePopulation() {
        var again = NationalPopulation.of(7, PERSONS);
        var other = NationalPopulation.of(8, PERSONS);

        assertEquals(POPULATION.children(), again.children());
        for (int i = 0; i < PERSONS; i += 97) {
            assertEquals(POPULATION.bsn(i), again.bsn(i));
            assertEquals(POPULATION.person(i), again.person(i));
            assertEquals(POPULATION.child(i % POPULATION.children()), again.child(i % again.children()));
        }
        assertNotEquals(POPULATION.person(0), other.person(0));
    }

    @Test
    void eligibleChildrenAreAliveResidentAndUnder23() {
        var reference = NationalPopulation.REFERENCE_DATE;
        for (int k = 0; k < POPULATION.children(); k++) {
            var child = POPULATION.person(POPULATION.child(k));
            assertTrue(child.child(), child.bsn());
            assertTrue(child.eligibleOn(reference), child.bsn());
            assertTrue(child.birthDate().isAfter(reference.minusYears(23)), child.bsn());
            assertFalse(child.parents().isEmpty(), child.bsn());
        }
    }

    @Test
    void consecutiveChildrenAreUnrelated() {
        int related = 0;
        for (int k = 0; k + 1 < POPULATION.children(); k++) {
            if (POPULATION.siblings(POPULATION.child(k)).contains(POPULATION.child(k + 1))) {
                related++;
            }
        }

        assertTrue(related < 10, related + " consecutive pairs are siblings");
    }

    @Test
    void fewPersonsDiedOrEmigrated() {
        int deceased = 0;
        int emigrated = 0;
        for (int i = 0; i < PERSONS; i++) {
            var person = POPULATION.person(i);
            if (person.deathDate() != null) {
                deceased++;
                assertTrue(person.deathDate().isAfter(person.birthDate().minusDays(1)), person.bsn());
            }
            if (person.emigrationDate() != null) {
                emigrated++;
                assertEquals("1999", person.municipalityCode());
            }
        }

        assertEquals(0.4, 100.0 * deceased / PERSONS, 0.15);
        assertEquals(1.0, 100.0 * emigrated / PERSONS, 0.2);
    }

    @Test
    void someSiblingsLiveInAnotherHousehold() {
        int crossHousehold = 0;
        int crossMunicipality = 0;
        for (int k = 0; k < POPULATION.children(); k++) {
            var child = POPULATION.person(POPULATION.child(k));
            for (var bsn : POPULATION.siblings(child.bsn())) {
                var sibling = POPULATION.person(bsn);
                if (!sibling.parents().equals(child.parents())) {
                    crossHousehold++;
                    if (!sibling.municipalityCode().equals(child.municipalityCode())) {
                        crossMunicipality++;
                    }
                }
            }
        }

        assertTrue(crossHousehold > POPULATION.children() / 20, crossHousehold + " cross-household relations");
        assertTrue(crossMunicipality > crossHousehold / 10, crossMunicipality + " across municipalities");
    }

    @Test
    void sizeIsExactForSmallPopulations() {
        for (int persons : new int[] {1, 2, 3, 9, 17, 1000}) {
            var population = NationalPopulation.of(3, persons);

            assertEquals(persons, population.persons());
            for (int i = 0; i < persons; i++) {
                assertEquals(population.bsn(i), population.person(i).bsn());
            }
        }
    }

    @Test
    void referenceDateSetsChildrensAges() {
        var reference = LocalDate.of(2030, 1, 1);
        var later = NationalPopulation.of(7, 10_000, reference);

        for (int k = 0; k < later.children(); k++) {
            var child = later.person(later.child(k));
            assertTrue(child.eligibleOn(reference), child.bsn());
            assertFalse(child.birthDate().isAfter(reference), child.bsn());
            assertTrue(child.birthDate().isAfter(reference.minusYears(23)), child.bsn());
        }
        assertEquals(reference, later.referenceDate());
    }

    /** Counts the households with children by the number of children and by the number of parents. */
    private static final class HouseholdCount {
        private final int[] byChildren = new int[20];
        private int total;
        private int oneParent;

        void add(FamilyUnit unit) {
            addHousehold(unit, 0, unit.kind != FamilyUnit.Kind.COUPLE);
            if (unit.secondHousehold < unit.members) {
                addHousehold(unit, 1, false);
            }
        }

        private void addHousehold(FamilyUnit unit, int household, boolean singleParent) {
            int children = 0;
            for (int member = 0; member < unit.members; member++) {
                if (unit.child[member] && unit.household(member) == household) {
                    children++;
                }
            }
            if (children == 0) {
                return;
            }
            byChildren[children]++;
            total++;
            if (singleParent) {
                oneParent++;
            }
        }

        double percentWithChildren(int children) {
            return 100.0 * byChildren[children] / total;
        }

        double percentWithThreeOrMore() {
            return 100.0 - percentWithChildren(1) - percentWithChildren(2);
        }

        double percentOneParent() {
            return 100.0 * oneParent / total;
        }
    }
}
