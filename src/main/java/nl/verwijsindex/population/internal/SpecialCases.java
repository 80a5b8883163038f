package nl.verwijsindex.population.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BirthDate;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.population.internal.SyntheticFamily.Kind;

/**
 * Gives a few children of the synthetic population a record that the rules treat differently: dead,
 * emigrated, non-resident, under secrecy, or with a partly known birth date.
 */
final class SpecialCases {

    /** Number of children given each status. */
    static final int CHILDREN_PER_STATUS = 6;

    /** Only children of at most this age are chosen, so that they stay under 23 for years after the anchor date. */
    private static final int MAXIMUM_AGE = 16;

    enum Status {
        DECEASED,
        EMIGRATED,
        NON_RESIDENT,
        SECRET,
        BIRTH_YEAR_ONLY,
        BIRTH_YEAR_AND_MONTH;

        Person applyTo(Person person) {
            var birthDate = person.birthDate();
            return switch (this) {
                case DECEASED -> copy(person, birthDate, true, person.residence(), person.secret());
                case EMIGRATED -> copy(person, birthDate, person.deceased(), Residence.emigrated(), person.secret());
                case NON_RESIDENT ->
                    copy(person, birthDate, person.deceased(), Residence.nonResident(), person.secret());
                case SECRET -> copy(person, birthDate, person.deceased(), person.residence(), true);
                case BIRTH_YEAR_ONLY ->
                    copy(
                            person,
                            new BirthDate(birthDate.year(), null, null),
                            person.deceased(),
                            person.residence(),
                            person.secret());
                case BIRTH_YEAR_AND_MONTH ->
                    copy(
                            person,
                            new BirthDate(birthDate.year(), birthDate.month(), null),
                            person.deceased(),
                            person.residence(),
                            person.secret());
            };
        }
    }

    private SpecialCases() {}

    /**
     * Replaces the records of {@link #CHILDREN_PER_STATUS} children for each status, chosen at
     * random among children aged at most 16 of two-parent and one-parent families.
     */
    static void mark(Map<Bsn, Person> persons, List<SyntheticFamily> families, LocalDate anchor, Random random) {
        var candidates = new ArrayList<Bsn>();
        for (var family : families) {
            if (family.kind() != Kind.TWO_PARENTS && family.kind() != Kind.ONE_PARENT) {
                continue;
            }
            for (var child : family.children()) {
                if (age(persons.get(child.bsn()), anchor) <= MAXIMUM_AGE) {
                    candidates.add(child.bsn());
                }
            }
        }
        Collections.shuffle(candidates, random);

        var chosen = candidates.iterator();
        for (var status : Status.values()) {
            for (int i = 0; i < CHILDREN_PER_STATUS; i++) {
                persons.computeIfPresent(chosen.next(), (bsn, person) -> status.applyTo(person));
            }
        }
    }

    private static int age(Person person, LocalDate anchor) {
        return Period.between(person.birthDate().earliestPossible().orElseThrow(), anchor)
                .getYears();
    }

    private static Person copy(
            Person person, BirthDate birthDate, boolean deceased, Residence residence, boolean secret) {
        return new Person(person.bsn(), birthDate, deceased, residence, person.parentBsns(), secret);
    }
}
