package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.matching.MatchCoordination;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.registration.SignalReferences;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The active matches of the logged-in professional, with the others' contact details and the
 * match's coordination, for the web pages and the API.
 */
@Service
class ProfessionalMatches {

    private final MatchOverview overview;
    private final Professionals professionals;
    private final SignalReferences references;
    private final MatchCoordination coordination;

    ProfessionalMatches(
            MatchOverview overview,
            Professionals professionals,
            SignalReferences references,
            MatchCoordination coordination) {
        this.overview = overview;
        this.professionals = professionals;
        this.references = references;
        this.coordination = coordination;
    }

    /**
     * Returns one entry per match and own signal, with the match's coordination. An entry whose own
     * signal was destroyed, or whose match ended, since the overview was read is left out.
     *
     * @throws AccessDeniedException when the account is not a professional's, or when the
     *     professional is deactivated or their organisation is suspended
     */
    List<MatchView> matches(SignedInAccount account) {
        if (!mayRead(account)) {
            throw new AccessDeniedException("Account " + account.id()
                    + " is not the account of an active professional of a connected" + " organisation");
        }

        var professionalId = account.professionalId();
        var found = withContacts(professionalId);
        var summaries = coordinationOf(professionalId, found);
        var contacts = contactsOfEveryone(professionalId, found, summaries.values());
        return found.stream()
                .filter(match -> summaries.containsKey(match.entry().matchId()))
                .flatMap(match -> references.find(match.entry().ownSignalId()).stream()
                        .map(reference -> new MatchView(
                                match.entry().matchId(),
                                match.entry().type(),
                                match.entry().since(),
                                reference,
                                match.others(),
                                CoordinationView.of(summaries.get(match.entry().matchId()), professionalId, contacts))))
                .toList();
    }

    /**
     * Returns whether the account is an active professional's whose organisation is connected. A
     * professional of a suspended organisation sees no matches and no contact details, as the API
     * rejects their organisation's clients.
     */
    boolean mayRead(SignedInAccount account) {
        if (!account.isProfessional()) {
            return false;
        }

        return professionals
                .findInOrganisation(account.professionalId(), account.organisationId())
                .map(Professional::mayRegister)
                .orElse(false);
    }

    /**
     * Returns the status and coordinator of each of the professional's matches, keyed by match id,
     * for the API. Matches that ended since the overview was read are left out.
     */
    Map<UUID, MatchCoordination.Summary> coordinationOf(UUID professionalId, List<MatchWithContacts> found) {
        return coordination.summaries(
                professionalId,
                found.stream().map(match -> match.entry().matchId()).distinct().toList());
    }

    /**
     * Returns the contact details of the professional and of everyone the matches or their
     * coordination name, including the professional, who is in no entry's others.
     */
    private Map<UUID, ProfessionalContact> contactsOfEveryone(
            UUID professionalId, List<MatchWithContacts> found, Collection<MatchCoordination.Summary> summaries) {
        var everyone = new LinkedHashMap<UUID, ProfessionalContact>();
        found.forEach(match -> match.others().forEach(contact -> everyone.put(contact.id(), contact)));
        var missing = new LinkedHashSet<UUID>();
        missing.add(professionalId);
        for (var summary : summaries) {
            missing.addAll(summary.proposableProfessionalIds());
            if (summary.proposedCoordinatorId() != null) {
                missing.add(summary.proposedCoordinatorId());
            }
            if (summary.coordinatorId() != null) {
                missing.add(summary.coordinatorId());
            }
        }
        missing.removeAll(everyone.keySet());
        professionals.contacts(missing).forEach(contact -> everyone.put(contact.id(), contact));
        return everyone;
    }

    /**
     * Returns the professional's active matches, one per match and own signal, each with the contact
     * details of the other professionals, for the pages and the API alike.
     */
    List<MatchWithContacts> withContacts(UUID professionalId) {
        var entries = overview.forProfessional(professionalId);
        var otherIds = entries.stream()
                .flatMap(entry -> entry.others().stream())
                .distinct()
                .toList();
        Map<UUID, ProfessionalContact> contacts = professionals.contacts(otherIds).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));

        return entries.stream()
                .map(entry -> new MatchWithContacts(
                        entry,
                        entry.others().stream()
                                .map(contacts::get)
                                .filter(contact -> contact != null)
                                .toList()))
                .toList();
    }

    /** A match of the overview with the contact details of its other professionals, in the same order. */
    record MatchWithContacts(MatchOverview.Entry entry, List<ProfessionalContact> others) {}

    /**
     * One match as the page shows it.
     *
     * @param type {@code child} or {@code family}
     * @param ownSignal the number and own reference of the professional's own signal in the match
     */
    record MatchView(
            UUID id,
            String type,
            LocalDate since,
            SignalReference ownSignal,
            List<ProfessionalContact> others,
            CoordinationView coordination) {}
}
