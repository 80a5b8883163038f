package nl.verwijsindex.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects the members of each match that matching makes or joins while the demo history is
 * generated, for the counts the generator logs and for its coordination steps. It collects nothing
 * at any other time.
 */
@Component
class DemoMatchTally {

    private volatile @Nullable Map<UUID, TalliedMatch> matches;

    /** The matches first seen since the last {@link #takeNewMatches()}, in the order they were seen. */
    private final List<UUID> newMatches = new ArrayList<>();

    /** The matches seen before that a professional joined since the last {@link #takeJoinedMatches()}. */
    private final Set<UUID> joinedMatches = new HashSet<>();

    void start() {
        synchronized (newMatches) {
            newMatches.clear();
            joinedMatches.clear();
        }
        matches = new HashMap<>();
    }

    /** Returns the matches first seen since the previous call, in the order they were seen, and clears the list. */
    List<UUID> takeNewMatches() {
        synchronized (newMatches) {
            var taken = List.copyOf(newMatches);
            newMatches.clear();
            return taken;
        }
    }

    /** Returns the matches seen before that a professional joined since the previous call, and clears the set. */
    Set<UUID> takeJoinedMatches() {
        synchronized (newMatches) {
            var taken = Set.copyOf(joinedMatches);
            joinedMatches.clear();
            return taken;
        }
    }

    /**
     * Returns the match's type and every professional and signal seen as a member of it since
     * {@link #start()}, or empty when it was not seen.
     */
    Optional<TalliedMatch> find(UUID matchId) {
        var collecting = matches;
        if (collecting == null) {
            return Optional.empty();
        }
        synchronized (collecting) {
            return Optional.ofNullable(collecting.get(matchId))
                    .map(match -> new TalliedMatch(
                            match.type(), Set.copyOf(match.professionalIds()), Set.copyOf(match.signalIds())));
        }
    }

    /** Stops collecting and returns the matches collected since {@link #start()}. */
    Map<UUID, TalliedMatch> stop() {
        var collected = matches;
        matches = null;
        return collected == null ? Map.of() : collected;
    }

    @EventListener
    void collect(ProfessionalsMatched event) {
        var collecting = matches;
        if (collecting == null) {
            return;
        }
        synchronized (collecting) {
            var match = collecting.get(event.matchId());
            if (match == null) {
                match = new TalliedMatch(event.type());
                collecting.put(event.matchId(), match);
                synchronized (newMatches) {
                    newMatches.add(event.matchId());
                }
            } else if (!match.professionalIds().contains(event.recipientProfessionalId())
                    || !match.professionalIds().containsAll(event.otherProfessionalIds())) {
                synchronized (newMatches) {
                    joinedMatches.add(event.matchId());
                }
            }
            match.professionalIds().add(event.recipientProfessionalId());
            match.professionalIds().addAll(event.otherProfessionalIds());
            match.signalIds().add(event.recipientSignalId());
            match.signalIds().addAll(event.otherSignalIds());
        }
    }

    /** A match with every professional and every signal that was a member of it at some time. */
    record TalliedMatch(MatchType type, Set<UUID> professionalIds, Set<UUID> signalIds) {

        TalliedMatch(MatchType type) {
            this(type, new HashSet<>(), new HashSet<>());
        }
    }
}
