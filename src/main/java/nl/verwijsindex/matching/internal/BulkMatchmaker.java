package nl.verwijsindex.matching.internal;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalsImported;
import nl.verwijsindex.registration.SignalsImported.ImportedSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Matches the signals of a {@link SignalsImported} in bulk, synchronously in the importing
 * transaction, so that the matches commit with the chunk. It reads the candidates and matches of every family the signals
 * touch at once, replays {@link Matchmaker}'s steps for each signal in memory, writes the new rows
 * with batched inserts, and then publishes the events of the introductions that get an email.
 */
@Component
class BulkMatchmaker {

    private static final Logger log = LoggerFactory.getLogger(BulkMatchmaker.class);

    private final BulkMatchRepository repository;
    private final ApplicationEventPublisher events;

    BulkMatchmaker(BulkMatchRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @EventListener
    void on(SignalsImported event) {
        var signals = event.signals();
        if (signals.isEmpty()) {
            return;
        }

        var state = load(signals);
        for (var signal : signals) {
            state.register(signal);
        }
        var introduced = state.newIntroductions();
        repository.insertCandidates(state.newCandidates());
        repository.insertMatches(state.newMatches());
        repository.insertMembers(state.newMembers());
        repository.insertIntroductions(introduced);

        var notices = state.notices();
        notices.forEach(events::publishEvent);
        log.debug(
                "Matched {} imported signals: {} new matches, {} introductions, {} notifications",
                signals.size(),
                state.newMatches().size(),
                introduced.size(),
                notices.size());
    }

    /** Reads what matching stores about the signals' children and about every child sharing a parent with one. */
    private BulkMatchState load(List<ImportedSignal> signals) {
        Set<ByteBuffer> children = new LinkedHashSet<>();
        Set<ByteBuffer> parents = new HashSet<>();
        for (var signal : signals) {
            children.add(key(signal.child()));
            signal.parents().forEach(parent -> parents.add(key(parent)));
        }
        repository.childrenWithAnyParent(parents).forEach(child -> children.add(ByteBuffer.wrap(child)));

        var candidates = repository.activeOnChildren(children);
        var matches = repository.activeMatchesAmong(children);
        var introductions =
                repository.introductionsIn(matches.stream().map(Match::id).toList());
        return new BulkMatchState(candidates, matches, introductions);
    }

    private static ByteBuffer key(Pseudonym pseudonym) {
        return ByteBuffer.wrap(pseudonym.value());
    }
}
