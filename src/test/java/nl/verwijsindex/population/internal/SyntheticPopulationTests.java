package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.SyntheticFamily.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTests {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 12, 4);

    private static SyntheticPopulation population;

    @BeforeAll
    static void generate() {
        population = SyntheticPopulation.generate(ANCHOR);
    }

    @Test
    void sameAnchorGivesSamePersons() {
        var again = SyntheticPopulation.generate(ANCHOR);

        assertThat(again.persons()).containsExactlyElementsOf(population.persons());
        assertThat(again.families()).isEqualTo(population.families());
    }

    @Test
    void birthDatesMoveWithAnchor() {
        var dayLater = SyntheticPopulation.generate(ANCHOR.plusDays(1));

        for (var person : population.persons()) {
            var moved = dayLater.findPerson(person.bsn()).orElseThrow();
            if (person.birthDate().day() != null) {
                assertThat(moved.birthDate())
                        .isEqualTo(BirthDate.of(birthDate(person).plusDays(1)));
            }
        }
    }

    @Test
    void generates2000Families() {
        assertThat(population.families()).hasSize(2_000);
        assertThat(population.persons()).hasSize(7_812);
    }

    @Test
    void everyBsnIsValidAndSynthetic() {
        for (var person : population.persons()) {
            assertThat(Bsn.isValid(person.bsn().digits())).isTrue();
            assertThat(SyntheticBsns.contains(person.bsn()))
                    .as("BSN %s in the synthetic range", person.bsn().digits())
                    .isTrue();
        }
    }

    @Test
    void everyParentBsnIsPerson() {
        for (var person : population.persons()) {
            for (var parent : person.parentBsns()) {
                assertThat(population.findPerson(parent)).isPresent();
            }
        }
    }

    @Test
    void familiesHaveOneToFourChildren() {
        for (var family : population.families()) {
            assertThat(family.children()).hasSizeBetween(1, 4);
        }
    }

    @Test
    void childrenAreAged0To22() {
        for (var family : population.families()) {
            for (var child : family.children()) {
                assertThat(age(person(child.bsn()))).isBetween(0, 22);
            }
        }
    }

    @Test
    void parentsAreAtLeast16AtBirthOfChild() {
        for (var family : population.families()) {
            for (var child : family.children()) {
                for (int index : child.parents()) {
                    var parentBirthDate = family.parents().get(index).birthDate();
                    var childBirthDate = birthDate(person(child.bsn()));
                    assertThat(parentBirthDate).isBeforeOrEqualTo(childBirthDate.minusYears(16));
                }
            }
        }
    }

    @Test
    void childRecordListsParentsWithBsn() {
        for (var family : population.families()) {
            for (var child : family.children()) {
                var expected = child.parents().stream()
                        .map(index -> family.parents().get(index).bsn())
                        .filter(bsn -> bsn != null)
                        .toList();
                assertThat(person(child.bsn()).parentBsns()).isEqualTo(expected);
            }
        }
    }

    @Test
    void includesFullSiblings() {
        var family = first(Kind.TWO_PARENTS, candidate -> candidate.children().size() >= 2);

        var first = person(family.children().get(0).bsn());
        var second = person(family.children().get(1).bsn());
        assertThat(first.parentBsns()).hasSize(2);
        assertThat(second.parentBsns()).isEqualTo(first.parentBsns());
    }

    @Test
    void includesHalfSiblingsSharingOneParent() {
        var family = first(Kind.HALF_SIBLINGS, candidate -> true);

        var eldest = person(family.children().get(0).bsn());
        var youngest =
                person(family.children().get(family.children().size() - 1).bsn());
        assertThat(shared(eldest, youngest))
                .containsExactly(family.parents().get(0).bsn());
    }

    @Test
    void includesHalfSiblingChain() {
        var family = first(Kind.HALF_SIBLING_CHAIN, candidate -> true);

        var first = person(family.children().get(0).bsn());
        var second = person(family.children().get(1).bsn());
        var third = person(family.children().get(2).bsn());
        assertThat(shared(first, second)).hasSize(1);
        assertThat(shared(second, third)).hasSize(1);
        assertThat(shared(first, third)).isEmpty();
    }

    @Test
    void includesParentWithoutBsn() {
        var family = first(Kind.PARENT_WITHOUT_BSN, candidate -> true);

        assertThat(family.parents().get(1).bsn()).isNull();
        for (var child : family.children()) {
            assertThat(person(child.bsn()).parentBsns())
                    .containsExactly(family.parents().get(0).bsn());
        }
    }

    @Test
    void includesParentsUnder23WhoAreChildrenThemselves() {
        var young = population.families().stream()
                .filter(family -> family.kind() == Kind.YOUNG_PARENT)
                .map(family -> person(family.parents().get(0).bsn()))
                .toList();

        assertThat(young).isNotEmpty();
        for (var parent : young) {
            assertThat(age(parent)).isLessThan(23);
            assertThat(parent.parentBsns()).hasSize(2);
        }
    }

    @Test
    void includesParentsOfEveryAge() {
        var ages = population.families().stream()
                .flatMap(family -> family.parents().stream())
                .map(parent -> Period.between(parent.birthDate(), ANCHOR).getYears())
                .collect(Collectors.toSet());

        assertThat(ages).contains(17, 18, 20, 22, 23, 30, 40, 50, 60);
    }

    @Test
    void includesEachSpecialCase() {
        assertThat(count(Person::deceased)).isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
        assertThat(count(person -> person.residence().equals(Residence.emigrated())))
                .isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
        assertThat(count(person -> person.residence().equals(Residence.nonResident())))
                .isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
        assertThat(count(Person::secret)).isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
        assertThat(count(person -> person.birthDate().month() == null)).isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
        assertThat(count(person ->
                        person.birthDate().month() != null && person.birthDate().day() == null))
                .isEqualTo(SpecialCases.CHILDREN_PER_STATUS);
    }

    @Test
    void specialCasesAreChildrenWithParents() {
        Predicate<Person> special = person -> person.deceased()
                || !person.residence().resident()
                || person.secret()
                || person.birthDate().day() == null;

        var children = new HashSet<Bsn>();
        population.families().forEach(family -> family.children().forEach(child -> children.add(child.bsn())));
        for (var person : population.persons().stream().filter(special).toList()) {
            assertThat(children).contains(person.bsn());
            assertThat(person.parentBsns()).isNotEmpty();
            assertThat(age(person)).isLessThanOrEqualTo(16);
        }
    }

    private static SyntheticFamily first(Kind kind, Predicate<SyntheticFamily> condition) {
        return population.families().stream()
                .filter(family -> family.kind() == kind)
                .filter(condition)
                .findFirst()
                .orElseThrow();
    }

    private static Set<Bsn> shared(Person first, Person second) {
        var shared = new HashSet<>(first.parentBsns());
        shared.retainAll(second.parentBsns());
        return shared;
    }

    private static long count(Predicate<Person> condition) {
        return population.persons().stream().filter(condition).count();
    }

    private static Person person(Bsn bsn) {
        return population.findPerson(bsn).orElseThrow();
    }

    private static LocalDate birthDate(Person person) {
        return person.birthDate().earliestPossible().orElseThrow();
    }

    private static int age(Person person) {
        return Period.between(birthDate(person), ANCHOR).getYears();
    }
}
