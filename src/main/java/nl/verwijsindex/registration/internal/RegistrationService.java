package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.SignalRegistered;
import nl.verwijsindex.system.api.ApiError;
import nl.verwijsindex.system.api.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers signals. The checks run first and store nothing. The population register is asked
 * outside the transaction, and then the signal is stored and matched in one transaction under the
 * family locks.
 */
@Service
class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final Professionals professionals;
    private final PopulationRegister population;
    private final Pseudonymisation pseudonymisation;
    private final Signals signals;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RegistrationAudit audit;
    private final Clock clock;

    RegistrationService(
            Professionals professionals,
            PopulationRegister population,
            Pseudonymisation pseudonymisation,
            Signals signals,
            FamilyLocks locks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            RegistrationAudit audit,
            Clock clock) {
        this.professionals = professionals;
        this.population = population;
        this.pseudonymisation = pseudonymisation;
        this.signals = signals;
        this.locks = locks;
        this.events = events;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers the signal, or returns the professional's active signal on the child, and records
     * the request in the audit trail whatever its outcome.
     */
    Registration register(RegisterSignal request) {
        try {
            return checkAndStore(request);
        } catch (ApiProblemException rejection) {
            audit.notRegistered(request, AuditOutcome.REJECTED, pseudonymIfValid(request.bsn()));
            throw rejection;
        } catch (PopulationRegisterUnavailableException | PopulationRegisterConfigurationException failure) {
            audit.notRegistered(request, AuditOutcome.FAILED, pseudonymIfValid(request.bsn()));
            throw failure;
        }
    }

    private Registration checkAndStore(RegisterSignal request) {
        var today = LocalDate.now(clock);
        var professional = designatedProfessional(request);
        var errors = SignalRequestRules.check(request, today);
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The request breaks a rule of the index",
                    errors.get(0).detail(),
                    errors);
        }

        var bsn = Bsn.of(request.bsn());
        var person = eligibleChild(bsn, today);
        var child = pseudonymisation.pseudonymise(bsn);
        var parents =
                person.parentBsns().stream().map(pseudonymisation::pseudonymise).toList();
        var endDate = endDate(request, professional, person, today);
        // The eligibility check above rejected every person without a birth year.
        var earliest23rdBirthday =
                person.birthDate().earliestBirthday(ChildEligibility.AGE_LIMIT).orElseThrow();
        var registration = transactions.execute(
                status -> store(request, professional, bsn, child, parents, today, endDate, earliest23rdBirthday));

        log.info(
                "Signal {} {} for professional {}",
                registration.signal().id(),
                registration.created() ? "registered" : "already active",
                professional.id());
        return registration;
    }

    private Professional designatedProfessional(RegisterSignal request) {
        var professional = professionals
                .findInOrganisation(request.professionalId(), request.organisationId())
                .orElseThrow(() -> ApiProblemException.notFound(
                        "Your organisation has no professional with id " + request.professionalId()));
        if (!professional.mayRegister()) {
            throw ApiProblemException.unprocessable(ApiError.body(
                    "/professionalId",
                    "professional-inactive",
                    "The professional " + professional.id() + " is deactivated and may not register signals; "
                            + "register in the name of an active professional"));
        }
        return professional;
    }

    private Person eligibleChild(Bsn bsn, LocalDate today) {
        var person = population
                .findPerson(bsn)
                .orElseThrow(() -> ApiProblemException.unprocessable(ApiError.body(
                        "/bsn",
                        "person-not-found",
                        "The population register has no person with this BSN; check the number with the client")));
        ChildEligibility.check(person, today).ifPresent(error -> {
            throw ApiProblemException.unprocessable(error);
        });
        return person;
    }

    private Registration store(
            RegisterSignal request,
            Professional professional,
            Bsn bsn,
            Pseudonym child,
            List<Pseudonym> parents,
            LocalDate today,
            LocalDate endDate,
            LocalDate earliest23rdBirthday) {
        locks.lock(child, parents);
        var existing = signals.findActive(child, professional.id());
        if (existing.isPresent()) {
            var registration = new Registration(existing.get(), false);
            audit.registered(request, registration, child);
            return registration;
        }

        var signal = signals.insert(new Signals.NewSignal(
                child,
                parents,
                pseudonymisation.encrypt(bsn),
                professional.id(),
                professional.organisationId(),
                today,
                endDate,
                request.ownReference(),
                earliest23rdBirthday));
        events.publishEvent(new SignalRegistered(signal.id(), professional.id(), child, parents, today));
        var registration = new Registration(signal, true);
        audit.registered(request, registration, child);
        return registration;
    }

    private @Nullable Pseudonym pseudonymIfValid(String bsn) {
        return Bsn.parse(bsn).map(pseudonymisation::pseudonymise).orElse(null);
    }

    /**
     * Returns the requested end date, or the organisation's default, but never later than two years
     * ahead nor later than the day before the child's earliest possible 23rd birthday, when the
     * signal must end anyway. Capping rather than rejecting keeps the birth date from being probed
     * through rejected end dates.
     */
    private static LocalDate endDate(RegisterSignal request, Professional professional, Person child, LocalDate today) {
        return endDate(request.endDate(), professional, child, today);
    }

    /** Returns the end date by the rules above; the bulk import passes each row's registration date as {@code today}. */
    static LocalDate endDate(
            @Nullable LocalDate requestedEndDate, Professional professional, Person child, LocalDate today) {
        var requested = requestedEndDate != null ? requestedEndDate : today.plus(professional.defaultSignalDuration());
        var latest = SignalRequestRules.latestEndDate(today);
        var beforeAgeLimit = ChildEligibility.lastDayBeforeAgeLimit(child).orElseThrow();
        return Stream.of(requested, latest, beforeAgeLimit)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }
}
