package nl.verwijsindex.population;

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
}
