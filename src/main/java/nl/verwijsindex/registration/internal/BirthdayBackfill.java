package nl.verwijsindex.registration.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the earliest 23rd birthday of signals stored before registration kept it, from the
 * population register. The BSN is decrypted only for the lookup and never logged. Each update
 * commits on its own, so a register outage halfway keeps what was filled.
 */
@Component
class BirthdayBackfill {

    private static final Logger log = LoggerFactory.getLogger(BirthdayBackfill.class);

    private final JdbcClient jdbc;
    private final Signals signals;
    private final Pseudonymisation pseudonymisation;
    private final PopulationRegister population;

    BirthdayBackfill(
            JdbcClient jdbc, Signals signals, Pseudonymisation pseudonymisation, PopulationRegister population) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.pseudonymisation = pseudonymisation;
        this.population = population;
    }

    /** Fills what the register can date and returns how many signals still lack the date. */
    int fillMissing() {
        List<UUID> missing = jdbc.sql("select id from signals where earliest_23rd_birthday is null order by number")
                .query(UUID.class)
                .list();
        int unfilled = 0;
        for (var signalId : missing) {
            if (!fill(signalId)) {
                unfilled++;
            }
        }
        if (!missing.isEmpty()) {
            log.info(
                    "Filled the earliest 23rd birthday of {} of {} signals", missing.size() - unfilled, missing.size());
        }
        return unfilled;
    }

    private boolean fill(UUID signalId) {
        Optional<Person> person;
        try {
            person = signals.findEncryptedBsn(signalId)
                    .map(pseudonymisation::decrypt)
                    .flatMap(population::findPerson);
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("The population register could not date signal {}; the next run tries again", signalId, e);
            return false;
        }
        var birthday = person.flatMap(found -> found.birthDate().earliestBirthday(ChildEligibility.AGE_LIMIT));
        if (birthday.isEmpty()) {
            log.warn(
                    "Signal {} keeps no earliest 23rd birthday: the register has no person or no birth year for its child",
                    signalId);
            return false;
        }

        jdbc.sql("update signals set earliest_23rd_birthday = ? where id = ? and earliest_23rd_birthday is null")
                .params(birthday.get(), signalId)
                .update();
        return true;
    }
}
