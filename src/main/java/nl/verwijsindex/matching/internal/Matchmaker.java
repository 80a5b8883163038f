package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.matching.ProfessionalLeftMatch;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.registration.SignalRegistered;
import nl.verwijsindex.registration.SignalTransferred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes and ends matches as signals are registered and ended. It runs synchronously inside the
 * registering or ending transaction, while registration holds the advisory locks on the child and
 * its parents, so the matches of one family are never evaluated by two transactions at once.
 */
@Component
class Matchmaker {

    private static final Logger log = LoggerFactory.getLogger(Matchmaker.class);

    private final MatchRepository matches;
    private final MatchMembers members;
    private final ApplicationEventPublisher events;

    Matchmaker(MatchRepository matches, MatchMembers members, ApplicationEventPublisher events) {
        this.matches = matches;
        this.members = members;
        this.events = events;
    }

    @EventListener
    void on(SignalRegistered event) {
        byte[] child = event.childPseudonym().value();
        byte[][] parents =
                event.parentPseudonyms().stream().map(Pseudonym::value).toArray(byte[][]::new);
        matches.addCandidate(event.signalId(), child, parents, event.professionalId());

        var newcomer = new Candidate(event.signalId(), child, event.professionalId());
        matchOnChild(newcomer, event.registeredOn());
        for (byte[] sibling : matches.siblingsWithActiveSignals(child, parents)) {
            matchWithSibling(newcomer, sibling, event.registeredOn());
        }
    }

    @EventListener
    void on(SignalEnded event) {
        var affected = matches.activeMatchesWithMember(event.signalId());
        var candidate = matches.findCandidate(event.signalId());
        if (event.destroyed()) {
            var joined = matches.matchesWithMember(event.signalId());
            // Erase the destroyed signal's introductions as if it never existed, so that its professional
            // is introduced anew when registering again. Introductions still backed by other signals stay.
            matches.deleteCandidate(event.signalId());
            candidate.ifPresent(destroyed -> affected.forEach(
                    match -> matches.forgetIntroductionsWithoutSignals(match, destroyed.professionalId())));
            destroyEmptyEndedMatches(joined);
        } else {
            matches.deactivateCandidate(event.signalId());
        }

        for (var match : affected) {
            if (!stillMatches(match)) {
                matches.end(match.id(), event.endedOn());
                log.info("Match {} ended: fewer than two professionals with active signals remain", match.id());
            } else {
                candidate.ifPresent(ended -> publishIfLeft(match, ended.professionalId(), event.endedOn()));
            }
        }
    }

    /**
     * Destroys the ended matches among these that no signal belongs to any more, as when the archive
     * period of their last signal passed, so that no match outlives the signals it was made of.
     */
    private void destroyEmptyEndedMatches(List<UUID> matchIds) {
        var empty = matches.endedWithoutMembers(matchIds);
        if (!empty.isEmpty()) {
            events.publishEvent(new MatchesDestroyed(empty));
            matches.delete(empty);
            log.info("Destroyed {} ended matches that no signal belongs to any more", empty.size());
        }
    }

    /** Publishes {@link ProfessionalLeftMatch} when the professional has no active signal left in the match. */
    private void publishIfLeft(Match match, UUID professionalId, LocalDate endedOn) {
        boolean stillMember = members.findActive(match.id())
                .map(active -> active.hasMember(professionalId))
                .orElse(false);
        if (!stillMember) {
            events.publishEvent(new ProfessionalLeftMatch(match.id(), professionalId, endedOn));
        }
    }

    /**
     * Moves the signal's place in its matches to the colleague whose signal it is now. The colleague is
     * introduced to the other professionals, and they to the colleague, through the same path as
     * a new signal, so each of them gets one email per match. A match in which the colleague is now
     * the only professional ends; a match that the new holder makes possible is created. In a match
     * that goes on, the departing professional leaves as if their signal had ended.
     */
    @EventListener
    void on(SignalTransferred event) {
        byte[] child = event.childPseudonym().value();
        byte[][] parents =
                event.parentPseudonyms().stream().map(Pseudonym::value).toArray(byte[][]::new);
        var affected = matches.activeMatchesWithMember(event.signalId());
        matches.reassignCandidate(event.signalId(), event.toProfessionalId());

        var newcomer = new Candidate(event.signalId(), child, event.toProfessionalId());
        matchOnChild(newcomer, event.transferredOn());
        for (byte[] sibling : matches.siblingsWithActiveSignals(child, parents)) {
            matchWithSibling(newcomer, sibling, event.transferredOn());
        }
        for (var match : affected) {
            if (!stillMatches(match)) {
                matches.end(match.id(), event.transferredOn());
                log.info(
                        "Match {} ended: after a transfer, all its active signals belong to one professional",
                        match.id());
            } else {
                // The departing professional may hold no other signal in the match, so coordination
                // must forget their proposal, coordinator role and contact record.
                publishIfLeft(match, event.fromProfessionalId(), event.transferredOn());
            }
        }
    }

    private void matchOnChild(Candidate newcomer, LocalDate today) {
        var onChild = matches.activeOnChild(newcomer.child());
        var others = othersThan(newcomer, onChild);
        if (others.isEmpty()) {
            return;
        }

        var match = matches.findActive(MatchType.CHILD, newcomer.child(), null)
                .orElseGet(() -> matches.create(MatchType.CHILD, newcomer.child(), null, today));
        onChild.forEach(member -> matches.addMember(match.id(), member.signalId(), today));
        introduce(match, newcomer, others);
    }

    private void matchWithSibling(Candidate newcomer, byte[] sibling, LocalDate today) {
        var others = othersThan(newcomer, matches.activeOnChild(sibling));
        if (others.isEmpty()) {
            return;
        }

        boolean newcomerFirst = Arrays.compareUnsigned(newcomer.child(), sibling) < 0;
        byte[] first = newcomerFirst ? newcomer.child() : sibling;
        byte[] second = newcomerFirst ? sibling : newcomer.child();
        var match = matches.findActive(MatchType.FAMILY, first, second)
                .orElseGet(() -> matches.create(MatchType.FAMILY, first, second, today));
        matches.addMember(match.id(), newcomer.signalId(), today);
        others.forEach(other -> matches.addMember(match.id(), other.signalId(), today));
        introduce(match, newcomer, others);
    }

    /**
     * Tells the newcomer about each other professional, and each of them about the newcomer, unless
     * that was done before in this match.
     */
    private void introduce(Match match, Candidate newcomer, List<Candidate> others) {
        var introducedToNewcomer = new ArrayList<Candidate>();
        for (var other : others) {
            if (matches.introduce(match.id(), newcomer.professionalId(), other.professionalId())) {
                introducedToNewcomer.add(other);
            }
            if (matches.introduce(match.id(), other.professionalId(), newcomer.professionalId())) {
                events.publishEvent(new ProfessionalsMatched(
                        match.id(),
                        match.type(),
                        match.since(),
                        other.professionalId(),
                        other.signalId(),
                        List.of(newcomer.professionalId()),
                        List.of(newcomer.signalId())));
            }
        }
        if (!introducedToNewcomer.isEmpty()) {
            events.publishEvent(new ProfessionalsMatched(
                    match.id(),
                    match.type(),
                    match.since(),
                    newcomer.professionalId(),
                    newcomer.signalId(),
                    introducedToNewcomer.stream().map(Candidate::professionalId).toList(),
                    introducedToNewcomer.stream().map(Candidate::signalId).toList()));
        }
        log.info(
                "Signal {} joined {} match {} with {} other professional(s)",
                newcomer.signalId(),
                match.type().code(),
                match.id(),
                others.size());
    }

    private boolean stillMatches(Match match) {
        var first = matches.activeOnChild(match.child());
        if (match.type() == MatchType.CHILD) {
            return professionalCount(first) >= 2;
        }
        var second = matches.activeOnChild(java.util.Objects.requireNonNull(match.otherChild()));
        var both = new ArrayList<>(first);
        both.addAll(second);
        return !first.isEmpty() && !second.isEmpty() && professionalCount(both) >= 2;
    }

    private static long professionalCount(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::professionalId).distinct().count();
    }

    private static List<Candidate> othersThan(Candidate newcomer, List<Candidate> candidates) {
        return candidates.stream()
                .filter(candidate -> !candidate.professionalId().equals(newcomer.professionalId()))
                .toList();
    }
}
