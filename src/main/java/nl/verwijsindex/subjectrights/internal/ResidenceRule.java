package nl.verwijsindex.subjectrights.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import nl.verwijsindex.population.Person;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildSignals;
import nl.verwijsindex.registration.ChildSignals.ChildSignal;
import org.springframework.stereotype.Component;

/**
 * Decides whether an officer's municipality may handle a child's request. Each municipality runs
 * the index for its residents, so a request goes to the municipality where the population register
 * records that the child lives. A child without Dutch residence (emigrated, or kept in the register
 * of non-residents) can still have signals from before the move abroad. Such a child belongs to
 * every municipality that an organisation with one of the child's signals, active or archived,
 * belongs to.
 */
@Component
class ResidenceRule {

    private final MunicipalityDirectory municipalities;
    private final ChildSignals signals;

    ResidenceRule(MunicipalityDirectory municipalities, ChildSignals signals) {
        this.municipalities = municipalities;
        this.signals = signals;
    }

    /**
     * Returns the code of the rule that keeps the municipality from handling the child's request, or
     * empty when it may handle it.
     */
    Optional<String> violation(UUID municipalityId, Person person, Pseudonym child) {
        if (person.residence().resident()) {
            var ownCode = municipalities.find(municipalityId).map(MunicipalityDirectory.DirectoryEntry::code);
            var childCode = person.residence().municipality();
            return ownCode.isPresent() && ownCode.equals(childCode)
                    ? Optional.empty()
                    : Optional.of("lives-in-other-municipality");
        }

        // NOTE: a child without Dutch residence and without any signal belongs to no municipality, so
        // no officer can look the child up, although the audit trail may still hold entries about it.
        var organisations = signals.of(child).stream()
                .map(ChildSignal::organisationId)
                .distinct()
                .toList();
        return municipalities.municipalitiesOf(organisations).contains(municipalityId)
                ? Optional.empty()
                : Optional.of("lives-abroad");
    }
}
