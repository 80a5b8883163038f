package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.coordination.internal.CoordinationRejectedException.Reason;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchCoordination;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.organisations.Professionals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps a member of a match takes to agree on a coordinator and to record contact. Each step
 * locks the match's coordination row, checks that the acting professional has an active signal
 * in the match, and then either changes the state or rejects the step and changes nothing.
 *
 * <p>The allowed steps, for any status unless stated:
 *
 * <ul>
 *   <li>propose a member: replaces an open proposal; the member must not be of a signal-only
 *       organisation and must not be the coordinator already; the status stays the same. Proposing
 *       the member who is proposed already changes nothing, so a form sent twice emails nobody twice.
 *   <li>accept: only by the proposed member, whose organisation must not have become signal-only;
 *       the member becomes coordinator, the proposal is cleared and the status becomes coordinated.
 *   <li>decline: only by the proposed member; the proposal is cleared and the status stays the same.
 *   <li>record contact: once per member; new becomes in-contact, in-contact and coordinated stay.
 * </ul>
 *
 * <p>Each step that changes the state publishes {@link nl.verwijsindex.coordination.CoordinationChanged}
 * in its transaction, which the notification module turns into an email to every other member.
 */
@Service
class CoordinationService implements MatchCoordination {

    private static final Logger log = LoggerFactory.getLogger(CoordinationService.class);

    private final CoordinationRepository repository;
    private final Members members;
    private final Professionals professionals;
    private final CoordinationAnnouncer announcer;
    private final Clock clock;

    CoordinationService(
            CoordinationRepository repository,
            Members members,
            Professionals professionals,
            CoordinationAnnouncer announcer,
            Clock clock) {
        this.repository = repository;
        this.members = members;
        this.professionals = professionals;
        this.announcer = announcer;
        this.clock = clock;
    }

    /**
     * Proposes a member of the match as its coordinator, replacing an open proposal.
     *
     * @throws MatchNotFoundException when the match is not an active match of the professional
     * @throws CoordinationRejectedException when the candidate may not be proposed
     */
    @Transactional
    void propose(SignedInAccount account, UUID matchId, UUID candidateId) {
        propose(professionalOf(account), matchId, candidateId);
    }

    /** Proposes a coordinator as {@link #propose(SignedInAccount, UUID, UUID)} does, for the acting professional. */
    @Transactional
    void propose(ActingProfessional acting, UUID matchId, UUID candidateId) {
        var step = lockForMember(acting, matchId);
        var candidate = step.members().stream()
                .filter(member -> member.professionalId().equals(candidateId))
                .findFirst()
                .orElseThrow(() -> new CoordinationRejectedException(
                        Reason.NOT_A_MEMBER, "Professional " + candidateId + " is not a member of match " + matchId));
        if (!candidate.proposable()) {
            throw new CoordinationRejectedException(
                    Reason.SIGNAL_ONLY, "Professional " + candidateId + " works for a signal-only organisation");
        }
        if (candidateId.equals(step.state().coordinatorId())) {
            throw new CoordinationRejectedException(
                    Reason.ALREADY_COORDINATOR, "Professional " + candidateId + " is the coordinator already");
        }

        if (candidateId.equals(step.state().proposedCoordinatorId())) {
            log.info("Professional {} is proposed as coordinator of match {} already", candidateId, matchId);
            return;
        }

        var changed = step.state().withProposal(candidateId, step.professionalId(), today());
        repository.update(changed);
        announcer.announce(Change.PROPOSED, step.professionalId(), changed);
        log.info("Professional {} proposed {} as coordinator of match {}", step.professionalId(), candidateId, matchId);
    }

    /**
     * Makes the proposed professional the coordinator.
     *
     * @throws MatchNotFoundException when the match is not an active match of the professional
     * @throws CoordinationRejectedException when nobody or someone else is proposed
     */
    @Transactional
    void accept(SignedInAccount account, UUID matchId) {
        accept(professionalOf(account), matchId);
    }

    /** Accepts the proposal as {@link #accept(SignedInAccount, UUID)} does, for the acting professional. */
    @Transactional
    void accept(ActingProfessional acting, UUID matchId) {
        var step = lockForMember(acting, matchId);
        checkProposedTo(step);
        var self = step.members().stream()
                .filter(member -> member.professionalId().equals(step.professionalId()))
                .findFirst()
                .orElseThrow(() -> new MatchNotFoundException(matchId));
        if (!self.proposable()) {
            throw new CoordinationRejectedException(
                    Reason.SIGNAL_ONLY,
                    "Professional " + step.professionalId() + " works for a signal-only organisation");
        }

        var changed = step.state().coordinatedBy(step.professionalId(), today());
        repository.update(changed);
        announcer.announce(Change.ACCEPTED, step.professionalId(), changed);
        log.info("Professional {} accepted to coordinate match {}", step.professionalId(), matchId);
    }

    /**
     * Clears the proposal addressed to the logged-in professional.
     *
     * @throws MatchNotFoundException when the match is not an active match of the professional
     * @throws CoordinationRejectedException when nobody or someone else is proposed
     */
    @Transactional
    void decline(SignedInAccount account, UUID matchId) {
        decline(professionalOf(account), matchId);
    }

    /** Declines the proposal as {@link #decline(SignedInAccount, UUID)} does, for the acting professional. */
    @Transactional
    void decline(ActingProfessional acting, UUID matchId) {
        var step = lockForMember(acting, matchId);
        checkProposedTo(step);

        var changed = step.state().withoutProposal();
        repository.update(changed);
        announcer.announce(Change.DECLINED, step.professionalId(), changed);
        log.info("Professional {} declined to coordinate match {}", step.professionalId(), matchId);
    }

    /**
     * Records that the logged-in professional made contact, dated today by the clock.
     *
     * @throws MatchNotFoundException when the match is not an active match of the professional
     * @throws CoordinationRejectedException when the professional recorded contact before
     */
    @Transactional
    void recordContact(SignedInAccount account, UUID matchId) {
        recordContact(professionalOf(account), matchId);
    }

    /** Records contact as {@link #recordContact(SignedInAccount, UUID)} does, for the acting professional. */
    @Transactional
    void recordContact(ActingProfessional acting, UUID matchId) {
        var step = lockForMember(acting, matchId);
        var recorded = repository.contactRecordedOn(matchId, step.professionalId());
        if (recorded.isPresent()) {
            throw new CoordinationRejectedException(
                    Reason.CONTACT_ALREADY_RECORDED,
                    "Professional " + step.professionalId() + " recorded contact in match " + matchId + " on "
                            + recorded.get());
        }

        repository.recordContact(matchId, step.professionalId(), today());
        var changed = step.state();
        if (changed.status() == CoordinationStatus.NEW) {
            changed = changed.withStatus(CoordinationStatus.IN_CONTACT);
            repository.update(changed);
        }
        announcer.announce(Change.CONTACT_RECORDED, step.professionalId(), changed);
        log.info("Professional {} recorded contact in match {}", step.professionalId(), matchId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Summary> summaries(UUID professionalId, Collection<UUID> matchIds) {
        var result = new LinkedHashMap<UUID, Summary>();
        for (var matchId : matchIds) {
            var matchMembers = members.ofActiveMatch(matchId).orElse(List.of());
            if (!isMember(matchMembers, professionalId)) {
                continue;
            }
            var state = repository.find(matchId).orElseGet(() -> CoordinationState.initial(matchId));
            var proposable = matchMembers.stream()
                    .filter(Member::proposable)
                    .map(Member::professionalId)
                    .filter(id -> !id.equals(state.coordinatorId()))
                    .filter(id -> !id.equals(state.proposedCoordinatorId()))
                    .toList();
            result.put(
                    matchId,
                    new Summary(
                            state.status(),
                            state.proposedCoordinatorId(),
                            state.coordinatorId(),
                            proposable,
                            repository
                                    .contactRecordedOn(matchId, professionalId)
                                    .orElse(null)));
        }
        return result;
    }

    /**
     * Locks the match's row and reads its members after the lock is held, so that a signal that
     * ended in a transaction committed meanwhile is seen. Checks membership before creating the
     * row as well, so that an outsider creates nothing.
     */
    private Step lockForMember(ActingProfessional acting, UUID matchId) {
        var professionalId = activeProfessional(acting);
        if (!isMember(members.ofActiveMatch(matchId).orElse(List.of()), professionalId)) {
            throw new MatchNotFoundException(matchId);
        }

        repository.createIfAbsent(matchId);
        var state = repository.lock(matchId).orElseThrow(() -> new MatchNotFoundException(matchId));
        var current = members.ofActiveMatch(matchId).orElse(List.of());
        if (!isMember(current, professionalId)) {
            throw new MatchNotFoundException(matchId);
        }
        return new Step(professionalId, state, current);
    }

    private static void checkProposedTo(Step step) {
        var proposed = step.state().proposedCoordinatorId();
        if (proposed == null) {
            throw new CoordinationRejectedException(
                    Reason.NO_PROPOSAL,
                    "Nobody is proposed as coordinator of match " + step.state().matchId());
        }
        if (!proposed.equals(step.professionalId())) {
            throw new CoordinationRejectedException(
                    Reason.PROPOSED_TO_OTHER,
                    "The proposal in match " + step.state().matchId() + " is addressed to professional " + proposed
                            + ", not " + step.professionalId());
        }
    }

    private static ActingProfessional professionalOf(SignedInAccount account) {
        if (!account.isProfessional()) {
            throw new AccessDeniedException("Account " + account.id() + " is not a professional's account");
        }
        return new ActingProfessional(
                Objects.requireNonNull(account.professionalId()), Objects.requireNonNull(account.organisationId()));
    }

    /**
     * Returns the acting professional's id after checking that they are active and of a connected
     * organisation, so that a professional of a suspended organisation changes no match.
     */
    private UUID activeProfessional(ActingProfessional acting) {
        var professionalId = acting.professionalId();
        var active = professionals
                .findInOrganisation(professionalId, acting.organisationId())
                .map(Professional::mayRegister)
                .orElse(false);
        if (!active) {
            throw new AccessDeniedException("Professional " + professionalId
                    + " is deactivated or their organisation is suspended, so they take no coordination step");
        }
        return professionalId;
    }

    private static boolean isMember(List<Member> members, UUID professionalId) {
        return members.stream().anyMatch(member -> member.professionalId().equals(professionalId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Step(UUID professionalId, CoordinationState state, List<Member> members) {}

    /** The professional who takes a step, with the organisation they take it for. */
    record ActingProfessional(UUID professionalId, UUID organisationId) {}
}
