package nl.verwijsindex.population.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.SyntheticFamily.Child;
import nl.verwijsindex.population.internal.SyntheticFamily.Kind;
import nl.verwijsindex.population.internal.SyntheticFamily.Parent;

/**
 * Generates the synthetic population from a fixed seed: 2,000 families with 7,812 persons, which
 * fits in the 8,182 numbers of {@link SyntheticBsns}. Every birth date is counted back from the
 * anchor date, so the same anchor always gives the same persons. {@link Random} is used because its
 * specification fixes its algorithm, so a seed gives the same numbers on every JDK.
 */
final class SyntheticPopulationGenerator {

    static final int FAMILIES = 2_000;

    /** Any fixed value. Changing it changes every synthetic person. */
    private static final long SEED = 23;

    /** Municipality codes (BRP table 33): mostly 's-Gravenhage, some neighbours and large cities. */
    private static final List<String> MUNICIPALITIES =
            List.of("0518", "0518", "0518", "0518", "0603", "1916", "0363", "0599", "0344");

    private final LocalDate anchor;
    private final Random random = new Random(SEED);
    private final SyntheticBsns bsns = new SyntheticBsns();
    private final Map<Bsn, Person> persons = new LinkedHashMap<>();
    private final List<SyntheticFamily> families = new ArrayList<>();
    /** Children aged 17 to 22 of two-parent families who may become a young parent in a later family. */
    private final List<Bsn> futureParents = new ArrayList<>();

    SyntheticPopulationGenerator(LocalDate anchor) {
        this.anchor = anchor;
    }

    SyntheticPopulation generate() {
        for (int i = 0; i < FAMILIES; i++) {
            families.add(family(MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()))));
        }
        SpecialCases.mark(persons, families, anchor, random);

        return new SyntheticPopulation(anchor, persons, families);
    }

    /**
     * Generates one family. Of every 100 families, 58 have two parents, 16 one parent, 6 a parent
     * without a BSN, 10 half siblings, 4 a chain of half siblings and 6 a young parent, or two parents
     * while no child is old enough to become a young parent.
     */
    private SyntheticFamily family(String municipality) {
        int draw = random.nextInt(100);
        if (draw < 58) {
            return parentsWithChildren(Kind.TWO_PARENTS, municipality);
        }
        if (draw < 74) {
            return parentsWithChildren(Kind.ONE_PARENT, municipality);
        }
        if (draw < 80) {
            return parentsWithChildren(Kind.PARENT_WITHOUT_BSN, municipality);
        }
        if (draw < 90) {
            return halfSiblings(municipality);
        }
        if (draw < 94) {
            return halfSiblingChain(municipality);
        }
        return youngParent().orElseGet(() -> parentsWithChildren(Kind.TWO_PARENTS, municipality));
    }

    private SyntheticFamily parentsWithChildren(Kind kind, String municipality) {
        var ages = childAges(childCount(), 0);
        var parents = new ArrayList<Parent>();
        parents.add(parent(ages.get(0), municipality));
        if (kind == Kind.TWO_PARENTS) {
            parents.add(parent(ages.get(0), municipality));
        } else if (kind == Kind.PARENT_WITHOUT_BSN) {
            parents.add(new Parent(null, bornAged(parentAge(ages.get(0)))));
        }

        var indexes = kind == Kind.ONE_PARENT ? List.of(0) : List.of(0, 1);
        var children = children(ages, parents, indexes, municipality);
        for (int i = 0; kind == Kind.TWO_PARENTS && i < ages.size(); i++) {
            if (ages.get(i) >= 17) {
                futureParents.add(children.get(i).bsn());
            }
        }
        return new SyntheticFamily(kind, parents, children);
    }

    private SyntheticFamily halfSiblings(String municipality) {
        // An eldest child of at least 4 leaves room for a second child, because siblings are 1 to 4 years apart.
        var ages = childAges(2 + random.nextInt(3), 4);
        int older = (ages.size() + 1) / 2;
        var parents = List.of(
                parent(ages.get(0), municipality),
                parent(ages.get(0), municipality),
                parent(ages.get(older), municipality));

        var children = new ArrayList<Child>();
        children.addAll(children(ages.subList(0, older), parents, List.of(0, 1), municipality));
        children.addAll(children(ages.subList(older, ages.size()), parents, List.of(0, 2), municipality));
        return new SyntheticFamily(Kind.HALF_SIBLINGS, parents, children);
    }

    private SyntheticFamily halfSiblingChain(String municipality) {
        // An eldest child of at least 8 leaves room for three children 1 to 4 years apart.
        var ages = childAges(3, 8);
        var parents = List.of(
                parent(ages.get(0), municipality),
                parent(ages.get(1), municipality),
                parent(ages.get(0), municipality),
                parent(ages.get(2), municipality));

        var children = new ArrayList<Child>();
        children.addAll(children(ages.subList(0, 1), parents, List.of(0, 2), municipality));
        children.addAll(children(ages.subList(1, 2), parents, List.of(0, 1), municipality));
        children.addAll(children(ages.subList(2, 3), parents, List.of(1, 3), municipality));
        return new SyntheticFamily(Kind.HALF_SIBLING_CHAIN, parents, children);
    }

    private Optional<SyntheticFamily> youngParent() {
        if (futureParents.isEmpty()) {
            return Optional.empty();
        }
        var young = persons.get(futureParents.remove(random.nextInt(futureParents.size())));
        var youngBirthDate = young.birthDate().earliestPossible().orElseThrow();
        int youngAge = Period.between(youngBirthDate, anchor).getYears();
        var municipality = young.residence().municipality().orElseThrow();

        // The young parent was at least 16 at each birth.
        int eldest = random.nextInt(youngAge - 16);
        var ages = eldest > 0 && random.nextBoolean() ? List.of(eldest, random.nextInt(eldest)) : List.of(eldest);
        var parents = new ArrayList<Parent>();
        parents.add(new Parent(young.bsn(), youngBirthDate));
        if (random.nextInt(10) < 6) {
            parents.add(parentAged(youngAge + random.nextInt(5), municipality));
        }

        var indexes = parents.size() == 1 ? List.of(0) : List.of(0, 1);
        return Optional.of(
                new SyntheticFamily(Kind.YOUNG_PARENT, parents, children(ages, parents, indexes, municipality)));
    }

    private List<Child> children(List<Integer> ages, List<Parent> parents, List<Integer> indexes, String municipality) {
        var parentBsns = indexes.stream()
                .map(index -> parents.get(index).bsn())
                .filter(Objects::nonNull)
                .toList();
        var children = new ArrayList<Child>();
        for (int age : ages) {
            var bsn = bsns.next();
            persons.put(
                    bsn,
                    new Person(bsn, BirthDate.of(bornAged(age)), false, Residence.in(municipality), parentBsns, false));
            children.add(new Child(bsn, indexes));
        }
        return children;
    }

    private Parent parent(int eldestChildAge, String municipality) {
        return parentAged(parentAge(eldestChildAge), municipality);
    }

    private Parent parentAged(int age, String municipality) {
        var birthDate = bornAged(age);
        var bsn = bsns.next();
        persons.put(bsn, new Person(bsn, BirthDate.of(birthDate), false, Residence.in(municipality), List.of(), false));
        return new Parent(bsn, birthDate);
    }

    /** Returns a parent's age at the anchor date: 18 to 42 at the birth of the eldest child. */
    private int parentAge(int eldestChildAge) {
        return eldestChildAge + 18 + random.nextInt(25);
    }

    /** Returns 1 to 4: one child in 3 of 10 families, two in 4, three in 2 and four in 1. */
    private int childCount() {
        int draw = random.nextInt(10);
        if (draw < 3) {
            return 1;
        }
        if (draw < 7) {
            return 2;
        }
        return draw < 9 ? 3 : 4;
    }

    /**
     * Returns up to {@code count} ages at the anchor date, eldest first: the eldest from
     * {@code minimumEldest} to 22, each next one 1 to 4 years younger, and none below 0.
     */
    private List<Integer> childAges(int count, int minimumEldest) {
        var ages = new ArrayList<Integer>();
        int age = minimumEldest + random.nextInt(23 - minimumEldest);
        while (ages.size() < count && age >= 0) {
            ages.add(age);
            age -= 1 + random.nextInt(4);
        }
        return ages;
    }

    /** Returns a birth date on which the person is exactly {@code age} years old at the anchor date. */
    private LocalDate bornAged(int age) {
        return anchor.minusYears(age).minusDays(random.nextInt(365));
    }
}
