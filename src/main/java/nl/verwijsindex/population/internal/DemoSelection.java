package nl.verwijsindex.population.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.DemoChildren.Demo;
import nl.verwijsindex.population.internal.DemoChildren.Family;
import nl.verwijsindex.population.internal.DemoChildren.RejectedPerson;
import nl.verwijsindex.population.internal.SyntheticFamily.Child;
import nl.verwijsindex.population.internal.SyntheticFamily.Kind;

/** Chooses the families and rejected persons of the demo children file, the first suitable ones of each kind. */
final class DemoSelection {

    /** Children older than this at the anchor date are left out, so that the families stay usable for years. */
    private static final int MAXIMUM_CHILD_AGE = 20;

    private static final String ABOUT = "Synthetic persons for trying the index. Two signals by different"
            + " professionals on one child form a child match; signals on two children who share a parent"
            + " form a family match. Birth dates are counted back from the anchor date, the first start"
            + " with this data folder, so they stay the same across restarts.";

    private final SyntheticPopulation population;
    private final Set<Bsn> shownChildren = new HashSet<>();

    private DemoSelection(SyntheticPopulation population) {
        this.population = population;
    }

    static Demo select(SyntheticPopulation population) {
        var selection = new DemoSelection(population);

        var families = new ArrayList<Family>();
        families.addAll(selection.families(Kind.TWO_PARENTS, 3));
        families.addAll(selection.families(Kind.ONE_PARENT, 1));
        families.addAll(selection.families(Kind.PARENT_WITHOUT_BSN, 2));
        families.addAll(selection.families(Kind.HALF_SIBLINGS, 2));
        families.addAll(selection.families(Kind.HALF_SIBLING_CHAIN, 2));
        families.addAll(selection.families(Kind.YOUNG_PARENT, 2));

        return new Demo(ABOUT, population.anchor().toString(), families, selection.rejected());
    }

    /** Returns the first suitable families of a kind that show no child already shown. */
    private List<Family> families(Kind kind, int count) {
        var chosen = new ArrayList<Family>();
        for (var generated : population.families()) {
            if (chosen.size() == count) {
                break;
            }
            if (generated.kind() != kind) {
                continue;
            }
            var family = kind == Kind.YOUNG_PARENT ? withParentsFamily(generated) : Optional.of(generated);
            if (family.isEmpty() || !suitable(family.get())) {
                continue;
            }
            family.get().children().forEach(child -> shownChildren.add(child.bsn()));
            chosen.add(toDemo(family.get(), DemoDescriptions.of(family.get())));
        }
        return chosen;
    }

    /**
     * Returns the young parent's family joined with the family of the young parent's own parents,
     * who come first, or empty when that family has no other child.
     */
    private Optional<SyntheticFamily> withParentsFamily(SyntheticFamily young) {
        var youngParent = young.parents().get(0).bsn();
        var origin = population.families().stream()
                .filter(family ->
                        family.children().stream().anyMatch(child -> child.bsn().equals(youngParent)))
                .findFirst()
                .orElseThrow();
        if (origin.children().size() < 2) {
            return Optional.empty();
        }

        var parents = new ArrayList<>(origin.parents());
        parents.addAll(young.parents());
        var children = new ArrayList<>(origin.children());
        int shift = origin.parents().size();
        for (var child : young.children()) {
            var indexes = child.parents().stream().map(index -> index + shift).toList();
            children.add(new Child(child.bsn(), indexes));
        }
        return Optional.of(new SyntheticFamily(Kind.YOUNG_PARENT, parents, children));
    }

    /** Returns whether the family has at least two children, all suitable and none shown yet. */
    private boolean suitable(SyntheticFamily family) {
        return family.children().size() >= 2
                && family.children().stream().allMatch(this::suitable)
                && family.children().stream().noneMatch(child -> shownChildren.contains(child.bsn()));
    }

    /** Returns whether the child is registrable for years: alive, resident, no secrecy, a full birth date. */
    private boolean suitable(Child child) {
        var person = person(child.bsn());
        return !person.deceased()
                && person.residence().resident()
                && !person.secret()
                && person.birthDate().day() != null
                && age(person) <= MAXIMUM_CHILD_AGE;
    }

    private Family toDemo(SyntheticFamily family, String description) {
        var parents = IntStream.range(0, family.parents().size())
                .mapToObj(index -> {
                    var parent = family.parents().get(index);
                    var bsn = parent.bsn() == null ? null : parent.bsn().digits();
                    return new DemoChildren.Parent(
                            label(index), bsn, parent.birthDate().toString());
                })
                .toList();
        var children = family.children().stream()
                .map(child -> new DemoChildren.Child(
                        child.bsn().digits(),
                        birthDate(person(child.bsn())),
                        person(child.bsn()).residence().municipality().orElseThrow(),
                        child.parents().stream().map(DemoSelection::label).toList()))
                .toList();
        return new Family(description, parents, children);
    }

    private List<RejectedPerson> rejected() {
        return List.of(
                rejected(Person::deceased, "Deceased: a signal on this BSN is rejected."),
                rejected(
                        person -> person.residence().status() == Residence.Status.EMIGRATED,
                        "Emigrated, so the record is suspended: a signal on this BSN is rejected."),
                rejected(
                        person -> person.residence().status() == Residence.Status.NON_RESIDENT,
                        "In the register of non-residents (RNI): a signal on this BSN is rejected."),
                rejected(
                        person -> age(person) >= 23 && age(person) <= 25,
                        "23 or older: a signal on this BSN is rejected."));
    }

    private RejectedPerson rejected(Predicate<Person> predicate, String description) {
        var person = population.persons().stream().filter(predicate).findFirst().orElseThrow();
        return new RejectedPerson(person.bsn().digits(), birthDate(person), description);
    }

    private Person person(Bsn bsn) {
        return population.findPerson(bsn).orElseThrow();
    }

    private int age(Person person) {
        return Period.between(earliestBirthDate(person), population.anchor()).getYears();
    }

    private static String birthDate(Person person) {
        return earliestBirthDate(person).toString();
    }

    private static LocalDate earliestBirthDate(Person person) {
        return person.birthDate().earliestPossible().orElseThrow();
    }

    static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
