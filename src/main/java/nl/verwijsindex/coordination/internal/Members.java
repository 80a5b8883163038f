package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.organisations.ProfessionalOrganisations;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.registration.SignalReferences;
import org.springframework.stereotype.Component;

/** Reads the members of an active match with their organisations, ordered by who registered first. */
@Component
class Members {

    private final MatchMembers matchMembers;
    private final ProfessionalOrganisations organisations;
    private final SignalReferences signals;

    Members(MatchMembers matchMembers, ProfessionalOrganisations organisations, SignalReferences signals) {
        this.matchMembers = matchMembers;
        this.organisations = organisations;
        this.signals = signals;
    }

    /**
     * Returns the members of the match, the one with the earliest registered signal first, or empty
     * when the match does not exist or has ended.
     */
    Optional<List<Member>> ofActiveMatch(UUID matchId) {
        return matchMembers.findActive(matchId).map(match -> {
            var ids = match.members().stream()
                    .map(MatchMembers.Member::professionalId)
                    .toList();
            var organisationOf = organisations.of(ids);
            return match.members().stream()
                    .filter(member -> organisationOf.containsKey(member.professionalId()))
                    .map(member -> {
                        var organisation = organisationOf.get(member.professionalId());
                        return new Member(
                                member.professionalId(),
                                organisation.municipalityId(),
                                organisation.kind(),
                                organisation.signalOnly(),
                                firstSignalNumber(member.signalIds()));
                    })
                    .sorted(Comparator.comparingLong(Member::firstSignalNumber).thenComparing(Member::professionalId))
                    .toList();
        });
    }

    private long firstSignalNumber(List<UUID> signalIds) {
        return signalIds.stream()
                .map(signals::find)
                .flatMap(Optional::stream)
                .mapToLong(SignalReference::number)
                .min()
                .orElse(Long.MAX_VALUE);
    }
}
