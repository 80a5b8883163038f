package nl.verwijsindex.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import nl.verwijsindex.bench.fixture.OrganisationKind;
import nl.verwijsindex.bench.population.Mix;
import nl.verwijsindex.bench.population.NationalPopulation;
import nl.verwijsindex.bench.population.Person;

/**
 * Chooses children, their signals and the professionals behind them. Children are taken in the
 * population's shuffled order, and often one or more siblings of a child get signals too.
 * Each child gets one to six signals, each from an organisation of another kind that fits the
 * child's age at registration. Whether a signal is active or archived is drawn in proportion to what
 * is still to be written, so the totals come out exact.
 *
 * <p>The shares are estimates. Of the children with signals, 68 % have one, 18 % two, 7 % three,
 * 4 % four, 2 % five and 1 % six. In 45 % of cases the child's siblings join, each eligible
 * sibling with 70 % chance. Half of those siblings get their first signal from the same
 * organisation and professional as the child, when that kind fits the sibling's age. 60 % of
 * signals have an own reference.
 */
final class SignalGenerator {

    private static final int[] SIGNALS_PER_CHILD_PERCENT = {68, 18, 7, 4, 2, 1};

    private final NationalPopulation population;
    private final Organisations organisations;
    private final LocalDate today;
    private final SplittableRandom random;
    private final BitSet taken;

    private int activeLeft;
    private int archivedLeft;
    private int rows;
    private int childrenWithSignals;
    private int familiesWithSiblings;
    private final int[] childrenBySignalCount = new int[SIGNALS_PER_CHILD_PERCENT.length + 1];

    SignalGenerator(NationalPopulation population, Organisations organisations, long seed, LocalDate today) {
        this.population = population;
        this.organisations = organisations;
        this.today = today;
        this.random = new SplittableRandom(Mix.mix(seed, 300));
        this.taken = new BitSet(population.persons());
    }

    void write(Writer writer, int active, int archived) throws IOException {
        activeLeft = active;
        archivedLeft = archived;
        var row = new StringBuilder(128);
        for (int k = 0; k < population.children() && activeLeft + archivedLeft > 0; k++) {
            var bsn = population.child(k);
            var child = take(bsn);
            if (child == null) {
                continue;
            }
            var first = writeChild(writer, row, child, null);
            var siblings = random.nextInt(100) < 45 ? siblings(bsn) : List.<Person>of();
            if (!siblings.isEmpty()) {
                familiesWithSiblings++;
            }
            for (var sibling : siblings) {
                writeChild(writer, row, sibling, random.nextBoolean() ? first : null);
            }
        }
    }

    /** Returns how many signals could not be written because the population ran out of children. */
    int shortfall() {
        return activeLeft + archivedLeft;
    }

    String summary() {
        var counts = new StringBuilder();
        for (int n = 1; n < childrenBySignalCount.length; n++) {
            counts.append(n == 1 ? "" : " ").append(n).append(':').append(childrenBySignalCount[n]);
        }
        return "rows=" + rows + " children=" + childrenWithSignals + " families-with-siblings=" + familiesWithSiblings
                + " children-by-signal-count=[" + counts + "]";
    }

    /** Marks the child taken and returns it, or null when it was taken already or is not eligible today. */
    private Person take(String bsn) {
        int index = population.indexOf(bsn);
        if (taken.get(index)) {
            return null;
        }
        taken.set(index);
        var person = population.person(index);
        return person.eligibleOn(today) ? person : null;
    }

    private List<Person> siblings(String bsn) {
        var siblings = new ArrayList<Person>();
        for (var sibling : population.siblings(bsn)) {
            if (random.nextInt(100) < 70) {
                var person = take(sibling);
                if (person != null) {
                    siblings.add(person);
                }
            }
        }
        return siblings;
    }

    /**
     * Writes the child's signals and returns the organisation and professional of the first, so that a
     * sibling can share them. {@code shared} gives the first signal's organisation and professional, or is null.
     */
    private Choice writeChild(Writer writer, StringBuilder row, Person child, Choice shared) throws IOException {
        int count = signalCount();
        var kinds = EnumSet.noneOf(OrganisationKind.class);
        Choice first = null;
        int written = 0;
        for (int s = 0; s < count && activeLeft + archivedLeft > 0; s++) {
            boolean active = random.nextInt(activeLeft + archivedLeft) < activeLeft;
            var signal = signal(child, active, s == 0 ? shared : null, kinds);
            if (signal == null) {
                continue;
            }
            kinds.add(signal.choice().kind());
            first = first == null ? signal.choice() : first;
            writeRow(writer, row, child.bsn(), signal.choice(), signal.dates());
            if (active) {
                activeLeft--;
            } else {
                archivedLeft--;
            }
            written++;
        }
        if (written > 0) {
            childrenWithSignals++;
            childrenBySignalCount[written]++;
        }
        return first;
    }

    /** An organisation, one of its professionals, and the signal duration in months. */
    private record Choice(OrganisationKind kind, String professionalId, int months) {}

    private record Signal(Choice choice, SignalDates dates) {}

    /** The attempts to find dates at which a chosen kind still fits the child's age, before the signal is left out. */
    private static final int ATTEMPTS = 5;

    /**
     * Chooses the organisation and dates of one signal, or returns null when none fits: the child is
     * too young for an archived signal, or has a signal of every kind that fits the age. The kind is
     * chosen for the age on a first registration day, and the dates then follow from the chosen
     * duration, so the kind is checked again against the age on the final registration day.
     */
    private Signal signal(Person child, boolean active, Choice shared, EnumSet<OrganisationKind> kinds) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var first = dates(active, child, 12);
            if (first == null) {
                return null;
            }
            int age = age(child, first.registeredOn());
            boolean useShared =
                    shared != null && !kinds.contains(shared.kind()) && SignalKinds.weight(shared.kind(), age) > 0;
            var choice = useShared ? shared : choose(child, age, kinds);
            if (choice == null) {
                return null;
            }
            var dates = dates(active, child, choice.months());
            if (dates != null && SignalKinds.weight(choice.kind(), age(child, dates.registeredOn())) > 0) {
                return new Signal(choice, dates);
            }
        }
        return null;
    }

    private static int age(Person child, LocalDate day) {
        return Period.between(child.birthDate(), day).getYears();
    }

    private Choice choose(Person child, int age, EnumSet<OrganisationKind> kinds) {
        var kind = SignalKinds.draw(random, age, kinds, organisations);
        if (kind == null) {
            return null;
        }
        var organisation = organisations.draw(random, kind, child.municipalityCode());
        var professional = organisation
                .professionals()
                .get(random.nextInt(organisation.professionals().size()));
        // A quarter of professionals set their own end date, between 3 and 24 months.
        int months = random.nextInt(4) == 0 ? 3 + random.nextInt(22) : kind.signalMonths();
        return new Choice(kind, professional, months);
    }

    private SignalDates dates(boolean active, Person child, int months) {
        return active
                ? SignalDates.active(random, today, child.birthDate(), months)
                : SignalDates.archived(random, today, child.birthDate(), months);
    }

    private int signalCount() {
        int ticket = random.nextInt(100);
        for (int n = 0; n < SIGNALS_PER_CHILD_PERCENT.length; n++) {
            ticket -= SIGNALS_PER_CHILD_PERCENT[n];
            if (ticket < 0) {
                return n + 1;
            }
        }
        return SIGNALS_PER_CHILD_PERCENT.length;
    }

    private void writeRow(Writer writer, StringBuilder row, String bsn, Choice choice, SignalDates dates)
            throws IOException {
        row.setLength(0);
        row.append(bsn).append(',').append(choice.professionalId()).append(',');
        row.append(dates.registeredOn()).append(',').append(dates.endDate()).append(',');
        if (random.nextInt(100) < 60) {
            row.append(SignalKinds.referencePrefix(choice.kind())).append('-');
            row.append(String.format("%05d", random.nextInt(100_000)));
        }
        row.append(',');
        if (dates.endedOn() != null) {
            row.append(dates.endedOn()).append(',').append(dates.endReason());
        } else {
            row.append(',');
        }
        row.append('\n');
        writer.append(row);
        rows++;
    }
}
