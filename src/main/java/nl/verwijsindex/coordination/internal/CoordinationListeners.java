package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.ProfessionalLeftMatch;
import nl.verwijsindex.matching.ProfessionalsMatched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps coordination in step with matching. Both listeners run synchronously inside the matching
 * transaction, so a proposal is stored exactly when its match is, and a coordinator whose last
 * signal ended is cleared in the same transaction that ended the signal.
 *
 * <p>The proposal runs before every other listener of {@link ProfessionalsMatched}, so that the
 * notification module, which queues the match email in a listener of its own, reads the proposal
 * through {@link nl.verwijsindex.coordination.ProposedCoordinators} and names it in the email.
 */
@Component
class CoordinationListeners {

    private static final Logger log = LoggerFactory.getLogger(CoordinationListeners.class);

    private final CoordinationRepository repository;
    private final Members members;
    private final CoordinatorPriorities priorities;
    private final CoordinationAnnouncer announcer;
    private final Clock clock;

    CoordinationListeners(
            CoordinationRepository repository,
            Members members,
            CoordinatorPriorities priorities,
            CoordinationAnnouncer announcer,
            Clock clock) {
        this.repository = repository;
        this.members = members;
        this.priorities = priorities;
        this.announcer = announcer;
        this.clock = clock;
    }

    /**
     * Proposes a coordinator by the municipality's priority list when the match is new to
     * coordination. The list of the municipality of the organisation with the earliest registered
     * signal in the match applies.
     *
     * <p>NOTE: the municipality where the child is registered would be the better choice, but
     * matching keeps only pseudonyms and does not know it. A match made before coordination
     * existed is new to coordination at the first event about it, so it gets its proposal then.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void proposeByPriority(ProfessionalsMatched event) {
        if (!repository.createIfAbsent(event.matchId())) {
            return;
        }
        var matchMembers = members.ofActiveMatch(event.matchId()).orElseThrow();
        if (matchMembers.isEmpty()) {
            return;
        }

        var priority = priorities.priorityOf(matchMembers.get(0).municipalityId());
        var chosen = PriorityRule.choose(matchMembers, priority);
        if (chosen.isEmpty()) {
            log.info("Match {} has no member to propose as coordinator by the priority list", event.matchId());
            return;
        }
        var state = repository.lock(event.matchId()).orElseThrow();
        repository.update(state.withProposal(chosen.get().professionalId(), null, LocalDate.now(clock)));
        log.info(
                "Proposed professional {} as coordinator of match {} by the priority list",
                chosen.get().professionalId(),
                event.matchId());
    }

    /**
     * Forgets what a professional who left the match had in it: an open proposal to them, their
     * role as coordinator and their recorded contact. Without a coordinator, the status becomes
     * in-contact when a remaining member recorded contact, otherwise new. A change is announced to
     * the remaining members, and the member who left gets nothing.
     */
    @EventListener
    void forgetMember(ProfessionalLeftMatch event) {
        var locked = repository.lock(event.matchId());
        if (locked.isEmpty()) {
            return;
        }

        var before = locked.get();
        var state = before;
        repository.forgetContact(event.matchId(), event.professionalId());
        boolean contactRecorded = repository.anyContactRecorded(event.matchId());
        if (event.professionalId().equals(state.proposedCoordinatorId())) {
            state = state.withoutProposal();
        }
        if (event.professionalId().equals(state.coordinatorId())) {
            state = state.withoutCoordinator(contactRecorded);
            log.info(
                    "Match {} lost its coordinator {}: their last signal in it ended",
                    event.matchId(),
                    event.professionalId());
        } else if (state.status() != CoordinationStatus.COORDINATED) {
            state = state.withStatus(CoordinationState.statusWithoutCoordinator(contactRecorded));
        }
        repository.update(state);

        var after = state;
        changeOnDeparture(before, after).ifPresent(change -> announcer.announce(change, null, after));
    }

    /** Returns what changed when a member left: the coordinator, else the proposal, else the status. */
    private static Optional<Change> changeOnDeparture(CoordinationState before, CoordinationState after) {
        if (before.coordinatorId() != null && after.coordinatorId() == null) {
            return Optional.of(Change.COORDINATOR_LEFT);
        }
        if (before.proposedCoordinatorId() != null && after.proposedCoordinatorId() == null) {
            return Optional.of(Change.PROPOSED_LEFT);
        }
        if (before.status() != after.status()) {
            return Optional.of(Change.MEMBER_LEFT);
        }
        return Optional.empty();
    }
}
