package nl.verwijsindex.registration.internal;

import java.util.Optional;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import org.springframework.stereotype.Component;

/**
 * Looks up the child of a stored signal in the population register. The signal keeps only the
 * encrypted BSN, which is decrypted here for the lookup and never returned or logged.
 */
@Component
class SignalChildren {

    private final Signals signals;
    private final Pseudonymisation pseudonymisation;
    private final PopulationRegister population;

    SignalChildren(Signals signals, Pseudonymisation pseudonymisation, PopulationRegister population) {
        this.signals = signals;
        this.pseudonymisation = pseudonymisation;
        this.population = population;
    }

    /**
     * Returns the limits that the child's current record sets for the signal.
     *
     * @throws nl.verwijsindex.population.PopulationRegisterUnavailableException when the register cannot be reached
     */
    SignalLimits limits(Signal signal) {
        return SignalLimits.of(signal, findChild(signal));
    }

    private Optional<Person> findChild(Signal signal) {
        return signals.findEncryptedBsn(signal.id())
                .map(pseudonymisation::decrypt)
                .flatMap(population::findPerson);
    }
}
