package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.coordination.OverseenMatches;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.ProfessionalOrganisations;
import nl.verwijsindex.organisations.Professionals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a match for the municipal coordinator's notice and the oversight list. */
@Component
class OverseenMatchReader implements OverseenMatches {

    private final MatchMembers matchMembers;
    private final ProfessionalOrganisations organisations;
    private final Professionals professionals;
    private final MunicipalityDirectory municipalities;
    private final CoordinationRepository coordination;

    OverseenMatchReader(
            MatchMembers matchMembers,
            ProfessionalOrganisations organisations,
            Professionals professionals,
            MunicipalityDirectory municipalities,
            CoordinationRepository coordination) {
        this.matchMembers = matchMembers;
        this.organisations = organisations;
        this.professionals = professionals;
        this.municipalities = municipalities;
        this.coordination = coordination;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OverseenMatch> find(UUID matchId) {
        var active = matchMembers.findActive(matchId);
        if (active.isEmpty()) {
            return Optional.empty();
        }

        var match = active.get();
        var ids = match.members().stream()
                .map(MatchMembers.Member::professionalId)
                .toList();
        var organisationOf = organisations.of(ids);
        var municipalityNames = new HashMap<UUID, String>();
        var members = professionals.contacts(ids).stream()
                .filter(contact -> organisationOf.containsKey(contact.id()))
                .map(contact -> member(contact, organisationOf.get(contact.id()), municipalityNames))
                .sorted(Comparator.comparing(OverseenMember::professionalName)
                        .thenComparing(OverseenMember::professionalId))
                .toList();
        var state = coordination.find(matchId).orElseGet(() -> CoordinationState.initial(matchId));
        return Optional.of(new OverseenMatch(
                match.id(),
                match.type(),
                match.since(),
                state.status(),
                state.proposedCoordinatorId(),
                state.coordinatorId(),
                members));
    }

    private OverseenMember member(
            ProfessionalContact contact,
            ProfessionalOrganisations.ProfessionalOrganisation organisation,
            HashMap<UUID, String> municipalityNames) {
        var municipalityId = organisation.municipalityId();
        var municipalityName = municipalityNames.computeIfAbsent(
                municipalityId,
                id -> municipalities
                        .find(id)
                        .map(MunicipalityDirectory.DirectoryEntry::name)
                        .orElseThrow(() -> new IllegalStateException("Municipality " + id + " not found")));
        return new OverseenMember(
                contact.id(),
                contact.name(),
                organisation.organisationId(),
                contact.organisationName(),
                municipalityId,
                municipalityName);
    }
}
