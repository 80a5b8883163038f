package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * Chooses the coordinator to propose for a new match from a municipality's ordered list of
 * organisation kinds. Among proposable members, the one whose kind comes first on the list wins.
 * When several members share that kind, the one with the earliest registered signal (the lowest
 * signal number) wins. Members of signal-only organisations and of kinds not on the list are
 * never chosen.
 */
final class PriorityRule {

    private PriorityRule() {}

    static Optional<Member> choose(List<Member> members, List<OrganisationKind> priority) {
        return members.stream()
                .filter(Member::proposable)
                .filter(member -> priority.contains(member.kind()))
                .min(Comparator.comparingInt((Member member) -> priority.indexOf(member.kind()))
                        .thenComparingLong(Member::firstSignalNumber)
                        .thenComparing(Member::professionalId));
    }
}
