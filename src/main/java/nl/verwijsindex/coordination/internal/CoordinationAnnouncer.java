package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.UUID;
import nl.verwijsindex.coordination.CoordinationChanged;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.coordination.CoordinationChanged.Recipient;
import nl.verwijsindex.matching.MatchMembers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link CoordinationChanged} for a stored change, addressed to the match's active members
 * other than the actor. Call it after the change is stored, in the same transaction.
 *
 * <p>NOTE: a member whose account is deactivated or whose organisation is suspended still has active
 * signals, so they are addressed too, although they cannot act on the matches page until restored.
 */
@Component
class CoordinationAnnouncer {

    private final MatchMembers matchMembers;
    private final ApplicationEventPublisher events;

    CoordinationAnnouncer(MatchMembers matchMembers, ApplicationEventPublisher events) {
        this.matchMembers = matchMembers;
        this.events = events;
    }

    void announce(Change change, @Nullable UUID actorId, CoordinationState state) {
        var match = matchMembers.findActive(state.matchId());
        if (match.isEmpty()) {
            return;
        }

        var recipients = match.get().members().stream()
                .filter(member -> !member.professionalId().equals(actorId))
                .filter(member -> !member.signalIds().isEmpty())
                .map(member -> new Recipient(
                        member.professionalId(),
                        member.signalIds().stream()
                                .min(Comparator.naturalOrder())
                                .orElseThrow()))
                .toList();
        if (recipients.isEmpty()) {
            return;
        }
        events.publishEvent(new CoordinationChanged(
                state.matchId(),
                match.get().type(),
                match.get().since(),
                change,
                actorId,
                state.status(),
                state.proposedCoordinatorId(),
                state.coordinatorId(),
                recipients));
    }
}
