package nl.verwijsindex.population;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.verwijsindex.bsn.Bsn;

/** Looks up persons in the population register by BSN. */
public interface PopulationRegister {

    /**
     * Returns the person with this BSN, or empty when the register has no such person.
     *
     * @throws PopulationRegisterUnavailableException when the register cannot be reached
     */
    Optional<Person> findPerson(Bsn bsn);

    /** The most BSNs one request to the BRP Personen API may name. */
    int MAXIMUM_BATCH = 20;

    /**
     * Returns the persons with these BSNs, keyed by BSN; a BSN the register has no person for is
     * left out. The BRP client asks for up to {@link #MAXIMUM_BATCH} BSNs per request. The file and
     * synthetic registers keep every person in memory, so they look each one up.
     *
     * @throws PopulationRegisterUnavailableException when the register cannot be reached
     */
    default Map<Bsn, Person> findPersons(Collection<Bsn> bsns) {
        var found = new LinkedHashMap<Bsn, Person>();
        for (var bsn : bsns) {
            findPerson(bsn).ifPresent(person -> found.put(bsn, person));
        }
        return found;
    }
}
