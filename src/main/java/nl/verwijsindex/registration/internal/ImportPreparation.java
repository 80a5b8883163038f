package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;

/**
 * Checks a chunk of import rows against the professionals and the population register by the
 * rules of a registration, and turns the rows that pass into signals ready to store. The register is
 * asked for up to {@link PopulationRegister#MAXIMUM_BATCH} BSNs per request, several requests at a
 * time on the given executor.
 */
final class ImportPreparation {

    /** The rows of one chunk that can be stored, and those rejected. */
    record PreparedChunk(List<ImportedSignal> signals, List<ImportRejection> rejections) {}

    private final PopulationRegister population;
    private final Pseudonymisation pseudonymisation;
    private final Map<UUID, Professional> professionals;
    private final Executor lookups;
    private final LocalDate today;

    ImportPreparation(
            PopulationRegister population,
            Pseudonymisation pseudonymisation,
            Map<UUID, Professional> professionals,
            Executor lookups,
            LocalDate today) {
        this.population = population;
        this.pseudonymisation = pseudonymisation;
        this.professionals = professionals;
        this.lookups = lookups;
        this.today = today;
    }

    /**
     * Prepares the rows, keeping their order.
     *
     * @throws nl.verwijsindex.population.PopulationRegisterUnavailableException when the register
     *     cannot be reached, so that the import stops and a rerun continues
     */
    PreparedChunk prepare(List<ImportRow> rows) {
        var persons = lookUp(rows);
        var signals = new ArrayList<ImportedSignal>(rows.size());
        var rejections = new ArrayList<ImportRejection>();
        for (var row : rows) {
            var professional = professionals.get(row.professionalId());
            var person = persons.get(row.bsn());
            var rejection = ImportChildRules.check(row, professional, person, today);
            if (rejection.isPresent()) {
                rejections.add(rejection.get());
            } else {
                signals.add(toSignal(row, professional, person));
            }
        }
        return new PreparedChunk(signals, rejections);
    }

    private ImportedSignal toSignal(ImportRow row, Professional professional, Person person) {
        var bsn = Bsn.of(row.bsn());
        var endDate = RegistrationService.endDate(row.endDate(), professional, person, row.registeredOn());
        // The child rules rejected every person without a birth year.
        var earliest23rdBirthday =
                person.birthDate().earliestBirthday(ChildEligibility.AGE_LIMIT).orElseThrow();
        return new ImportedSignal(
                row,
                professional,
                pseudonymisation.pseudonymise(bsn),
                person.parentBsns().stream().map(pseudonymisation::pseudonymise).toList(),
                pseudonymisation.encrypt(bsn),
                endDate,
                earliest23rdBirthday,
                person.residence());
    }

    /** Asks the register about every BSN of the rows whose professional may register, in parallel requests. */
    private Map<String, Person> lookUp(List<ImportRow> rows) {
        var bsns = new LinkedHashSet<Bsn>();
        for (var row : rows) {
            var professional = professionals.get(row.professionalId());
            if (professional != null && professional.mayRegister()) {
                bsns.add(Bsn.of(row.bsn()));
            }
        }

        var all = new ArrayList<>(bsns);
        var found = new ConcurrentHashMap<String, Person>();
        var requests = new ArrayList<CompletableFuture<Void>>();
        for (int from = 0; from < all.size(); from += PopulationRegister.MAXIMUM_BATCH) {
            var batch = all.subList(from, Math.min(from + PopulationRegister.MAXIMUM_BATCH, all.size()));
            requests.add(CompletableFuture.runAsync(
                    () -> population.findPersons(batch).forEach((bsn, person) -> found.put(bsn.digits(), person)),
                    lookups));
        }
        try {
            CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return found;
    }
}
