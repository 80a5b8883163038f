package nl.verwijsindex.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A population register generated in memory for a local run without a persons file: about 2,000
 * families with full and half siblings, parents of every age, and a few children whose records the
 * rules reject or treat specially. The same anchor date always gives the same persons.
 */
final class SyntheticPopulation implements PopulationRegister {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulation.class);

    private final LocalDate anchor;
    private final Map<Bsn, Person> persons;
    private final List<SyntheticFamily> families;

    SyntheticPopulation(LocalDate anchor, Map<Bsn, Person> persons, List<SyntheticFamily> families) {
        this.anchor = anchor;
        this.persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
        this.families = List.copyOf(families);
    }

    /**
     * Generates the population from the anchor date in the data folder, which the first start sets
     * to the clock's date, and writes the demo children file beside it.
     */
    static SyntheticPopulation start(DataFolder dataFolder, Clock clock) {
        var anchor = PopulationAnchor.readOrCreate(dataFolder, clock);
        var population = generate(anchor);
        log.info(
                "Generated a synthetic population of {} persons in {} families, with birth dates counted back from {}",
                population.persons.size(),
                population.families.size(),
                anchor);

        DemoChildren.write(population, dataFolder);
        return population;
    }

    static SyntheticPopulation generate(LocalDate anchor) {
        return new SyntheticPopulationGenerator(anchor).generate();
    }

    @Override
    public Optional<Person> findPerson(Bsn bsn) {
        return Optional.ofNullable(persons.get(bsn));
    }

    LocalDate anchor() {
        return anchor;
    }

    /** Returns every person, in the order in which they were generated. */
    Collection<Person> persons() {
        return persons.values();
    }

    List<SyntheticFamily> families() {
        return families;
    }
}
