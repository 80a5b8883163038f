package nl.verwijsindex.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects the members of each match that matching makes or joins while the demo history is
 * generated, for the counts the generator logs. It collects nothing at any other time.
 */
@Component
class DemoMatchTally {

    private volatile @Nullable Map<UUID, TalliedMatch> matches;

    void start() {
        matches = new HashMap<>();
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
            var match = collecting.computeIfAbsent(event.matchId(), id -> new TalliedMatch(event.type()));
            match.professionalIds().add(event.recipientProfessionalId());
            match.professionalIds().addAll(event.otherProfessionalIds());
        }
    }

    /** A match and every professional that was a member of it at some time. */
    record TalliedMatch(MatchType type, Set<UUID> professionalIds) {

        TalliedMatch(MatchType type) {
            this(type, new HashSet<>());
        }
    }
}
