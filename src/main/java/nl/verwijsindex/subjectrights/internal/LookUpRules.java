package nl.verwijsindex.subjectrights.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.PopulationRegisterConfigurationException;
import nl.verwijsindex.population.PopulationRegisterUnavailableException;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the child of a request from the population register and checks whether the request may
 * store that child. The rules run from the most basic fact to the most specific, so that the
 * message names the real reason: a deceased child or a person aged 23 or older is rejected for
 * that, not for living elsewhere.
 */
@Component
class LookUpRules {

    /** The age from which a person is no longer a child, and the index destroys every trace of them. */
    static final int AGE_LIMIT = 23;

    private static final Logger log = LoggerFactory.getLogger(LookUpRules.class);

    private final PopulationRegister register;
    private final ResidenceRule residenceRule;
    private final RightsAudit audit;

    LookUpRules(PopulationRegister register, ResidenceRule residenceRule, RightsAudit audit) {
        this.register = register;
        this.residenceRule = residenceRule;
        this.audit = audit;
    }

    /**
     * Returns the person, or {@code null} when the register has no record of the BSN.
     *
     * @throws RequestRejectedException with status {@code 503}, after recording a failed
     *     {@code search} entry, when the register is unreachable or rejected the index's request
     */
    @Nullable
    Person findPerson(SignedInAccount account, UUID requestId, Bsn bsn, String origin) {
        try {
            return register.findPerson(bsn).orElse(null);
        } catch (PopulationRegisterUnavailableException e) {
            log.warn("Population register unavailable for rights request {}", requestId, e);
            audit.recordFailed(AuditAction.SEARCH, account, origin, requestId);
            throw new RequestRejectedException("register-unavailable")
                    .unavailable(e.retryAfter())
                    .recorded();
        } catch (PopulationRegisterConfigurationException e) {
            // Retrying does not help: an administrator must fix the credentials or the request.
            log.error(
                    "Population register rejected the look-up of rights request {} with status {}",
                    requestId,
                    e.status(),
                    e);
            audit.recordFailed(AuditAction.SEARCH, account, origin, requestId);
            throw new RequestRejectedException("register-refused")
                    .unavailable(null)
                    .recorded();
        }
    }

    /**
     * Returns the code of the rule that keeps the request from storing the person, or empty when it
     * may. Age limit and birth use the earliest possible birthday of a partial birth date.
     */
    Optional<String> violation(RightsRequest request, @Nullable Person person, Pseudonym child, LocalDate today) {
        if (person == null) {
            return Optional.of("child-not-found");
        }
        if (person.deceased()) {
            return Optional.of("child-deceased");
        }
        if (person.birthDate()
                .earliestBirthday(AGE_LIMIT)
                .filter(day -> !day.isAfter(today))
                .isPresent()) {
            return Optional.of("child-23-or-older");
        }
        if (person.birthDate()
                .earliestPossible()
                .filter(day -> day.isAfter(request.receivedOn()))
                .isPresent()) {
            return Optional.of("born-after-received");
        }
        var residence = residenceRule.violation(request.municipalityId(), person, child);
        if (residence.isPresent()) {
            return residence;
        }
        var age = AgeCategory.of(person.birthDate(), request.receivedOn());
        if (age.isEmpty()) {
            return Optional.of("birth-date-unknown");
        }
        if (!age.get().allows(request.requester())) {
            return Optional.of("register-age-rule." + age.get().code());
        }
        return Optional.empty();
    }
}
