package nl.verwijsindex.bench.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic population of parents and children for benchmarks at national scale, computed
 * from a seed and a size without storing the persons. It keeps two arrays of primitives: where each
 * family unit starts (about 0.25 units per person) and the shuffled list of eligible children
 * (about 0.48 per person), so 5 million persons take about 15 MB. Every other fact about a person
 * is computed again from the seed and the unit's number when it is asked for.
 *
 * <p>Only households with children are modelled, because the index looks up children and, through
 * a child's record, the parents. Adults without children at home never reach it. About 48 % of the
 * persons are therefore children (0 to 22 years on the reference day), whereas in the whole country
 * about a quarter are: CBS counted 4.85 million of 17.5 million inhabitants under 25 in 2021. So 5
 * million persons hold about 2.4 million children.
 *
 * <p>The household numbers follow CBS StatLine table 71487ned ("Huishoudens; kindertal,
 * leeftijdsklasse kind, regio"), 1 January 2023: 2,645,269 households with children living at
 * home, of which 23.1 % have one parent. Couples have one child in 37.9 % of cases, two in 44.5 %
 * and three or more in 17.6 %, and one-parent households in 61.5 %, 28.9 % and 9.5 %. The table stops at
 * "three or more", so the split into 3, 4, 5 and 6 children (75, 18, 5 and 2 % of that group) is an
 * estimate.
 *
 * <p>Parents who live apart follow CBS's study of complex families (Statistische Trends, 2020): in
 * 2017 the legal parents of 21 % of the 3.4 million minors did not live together, and 16 % of
 * minors had a step-parent, a step-sibling or a half-sibling. Here a one-parent household has no
 * second parent on record in 15 % of cases. In 55 % the other parent lives alone, and in 30 % the
 * other parent lives with a new partner and their children, whose children then share a parent with
 * the first household's children. These three shares are estimates chosen to come near CBS's
 * figures: with seed 1, 19.7 % of the children have parents who live apart, and 13.1 % have a
 * half-sibling in another household. One-parent units are 24.8 % of all units, so that together
 * with the new couples 23.1 % of households with children have one parent. In a fifth of split
 * families the second household lives in another municipality.
 */
public final class NationalPopulation {

    /**
     * The day on which every child is 0 to 22 years old and on which {@link #children()} is counted,
     * unless another day is given. NOTE: the later a run is than this day, the more of the oldest
     * children have turned 23, which the index rejects. Give a recent day to both the stub and the
     * generator ({@code --reference-date}).
     */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 12, 5);

    private final long seed;
    private final int persons;
    private final LocalDate referenceDate;
    private final int referenceDay;
    private final int oldestChildBirthDay;
    private final int[] unitStarts;
    private final int lastUnitSize;
    private final Permutation slots;
    private final int[] children;

    private NationalPopulation(long seed, int persons, LocalDate referenceDate) {
        if (persons < 1 || persons > Bsns.capacity()) {
            throw new IllegalArgumentException("persons must be between 1 and " + Bsns.capacity() + ", was " + persons);
        }
        this.seed = seed;
        this.persons = persons;
        this.referenceDate = referenceDate;
        this.referenceDay = (int) referenceDate.toEpochDay();
        this.oldestChildBirthDay =
                (int) referenceDate.minusYears(23).plusDays(1).toEpochDay();
        this.slots = new Permutation(persons, Mix.mix(seed, 1));

        var layout = new Layout(seed, persons, unitSource());
        this.unitStarts = layout.unitStarts;
        this.lastUnitSize = layout.lastUnitSize;
        this.children = layout.children;
        shuffle(children, new SplittableRandom(Mix.mix(seed, 2)));
    }

    /** Returns the population of {@code persons} persons for the seed, aged on {@link #REFERENCE_DATE}. */
    public static NationalPopulation of(long seed, int persons) {
        return new NationalPopulation(seed, persons, REFERENCE_DATE);
    }

    /** Returns the population with the given reference day instead of {@link #REFERENCE_DATE}. */
    public static NationalPopulation of(long seed, int persons, LocalDate referenceDate) {
        return new NationalPopulation(seed, persons, referenceDate);
    }

    public int persons() {
        return persons;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public String bsn(int index) {
        return Bsns.bsn(slots.apply(index));
    }

    /** Returns the index of a BSN of this population, or -1 when the population has no such person. */
    public int indexOf(String bsn) {
        int slot = Bsns.slot(bsn);
        return slot < 0 || slot >= persons ? -1 : slots.invert(slot);
    }

    /** Returns the person, or null when the population has no person with this BSN. */
    public Person person(String bsn) {
        int index = indexOf(bsn);
        return index < 0 ? null : person(index);
    }

    public Person person(int index) {
        int unit = unitOf(index);
        var family = unit(unit);
        return describe(family, unitStarts[unit], index - unitStarts[unit]);
    }

    /** Returns how many children are eligible for a signal on the reference day: alive, resident and under 23. */
    public int children() {
        return children.length;
    }

    /** Returns the BSN of eligible child {@code k}, in a fixed shuffled order. */
    public String child(int k) {
        return bsn(children[k]);
    }

    /**
     * Returns the BSNs of the other children who share at least one parent with the child, also
     * those who died or emigrated, in the order of their units. Empty for an adult or an unknown BSN.
     */
    public List<String> siblings(String bsn) {
        int index = indexOf(bsn);
        if (index < 0) {
            return List.of();
        }
        int unit = unitOf(index);
        int start = unitStarts[unit];
        var family = unit(unit);
        int member = index - start;
        var siblings = new ArrayList<String>();
        if (!family.child[member]) {
            return siblings;
        }
        for (int other = 0; other < family.members; other++) {
            if (other != member && family.child[other] && family.sharesParent(member, other)) {
                siblings.add(bsn(start + other));
            }
        }
        return siblings;
    }

    /** Returns the code of the municipality of registration (BRP table 33), or null for an unknown BSN. */
    public String municipalityCode(String bsn) {
        var person = person(bsn);
        return person == null ? null : person.municipalityCode();
    }

    /** Returns the number of family units, which the tests use to check the household distribution. */
    int units() {
        return unitStarts.length - 1;
    }

    FamilyUnit unit(int unit) {
        var family = new FamilyUnit(seed, referenceDay, oldestChildBirthDay);
        return family.generate(unit, unit == units() - 1 ? lastUnitSize : 0);
    }

    private FamilyUnit unitSource() {
        return new FamilyUnit(seed, referenceDay, oldestChildBirthDay);
    }

    private int unitOf(int index) {
        if (index < 0 || index >= persons) {
            throw new IndexOutOfBoundsException(index + " is outside 0.." + (persons - 1));
        }
        int found = Arrays.binarySearch(unitStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    private Person describe(FamilyUnit family, int start, int member) {
        var parents = new ArrayList<String>(2);
        for (int parent : new int[] {family.parentA[member], family.parentB[member]}) {
            if (parent >= 0) {
                parents.add(bsn(start + parent));
            }
        }
        var offspring = new ArrayList<String>();
        for (int other = 0; other < family.members; other++) {
            if (family.parentA[other] == member || family.parentB[other] == member) {
                offspring.add(bsn(start + other));
            }
        }

        boolean emigrated = family.status[member] == FamilyUnit.EMIGRATED;
        var municipality = emigrated
                ? Municipalities.NON_RESIDENTS
                : Municipalities.ALL.get(family.municipality[family.household(member)]);
        boolean male = family.male[member];
        return new Person(
                bsn(start + member),
                (male ? Names.BOYS : Names.GIRLS).get(family.givenName[member]),
                Names.prefix(family.familyName[member]),
                Names.surname(family.familyName[member]),
                male,
                LocalDate.ofEpochDay(family.birthDay[member]),
                municipality.code(),
                municipality.name(),
                List.copyOf(parents),
                List.copyOf(offspring),
                family.status[member] == FamilyUnit.DECEASED ? LocalDate.ofEpochDay(family.statusDay[member]) : null,
                emigrated ? LocalDate.ofEpochDay(family.statusDay[member]) : null,
                family.child[member]);
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
