package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import nl.verwijsindex.registration.DestroyedSignal;
import nl.verwijsindex.registration.DestructionReason;
import nl.verwijsindex.registration.SignalEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a child's signals under the family locks of the child and of the parents on its signals.
 * Each signal is deleted and then announced as {@link SignalEnded} with {@code destroyed = true},
 * the archived ones too, as a professional's ending of an unjustified signal does. So matching
 * ends the matches left with fewer than two professionals and deletes the signal's candidate and
 * member rows, and pending
 * notifications about it are cancelled.
 *
 * <p>NOTE: signals are found by the pseudonym's bytes. A signal stored under an older pseudonym key
 * version has other bytes and is not found, until a key rotation re-pseudonymises stored signals.
 */
@Service
class ChildDestructionService implements ChildDestruction {

    private static final Logger log = LoggerFactory.getLogger(ChildDestructionService.class);

    private final Signals signals;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;
    private final DestructionAudit audit;
    private final Clock clock;

    ChildDestructionService(
            Signals signals, FamilyLocks locks, ApplicationEventPublisher events, DestructionAudit audit, Clock clock) {
        this.signals = signals;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@link ChildTracesDestroyed} is published even when the child has no signal left, so that a
     * second call also reaches rows that other modules keep about the child without a signal.
     */
    @Override
    @Transactional
    public List<DestroyedSignal> destroyEverything(Pseudonym child, DestructionReason reason) {
        var destroyed = destroyAll(child);
        events.publishEvent(new ChildTracesDestroyed(child, reason));

        audit.childSignalsDestroyed(child, destroyed, reason);
        log.info("Destroyed {} signals and every other trace of a child: {}", destroyed.size(), reason.code());
        return destroyed;
    }

    @Override
    @Transactional
    public List<DestroyedSignal> destroySignals(Pseudonym child, DestructionReason reason) {
        var destroyed = destroyAll(child);

        audit.childSignalsDestroyed(child, destroyed, reason);
        log.info("Destroyed {} signals of a child: {}", destroyed.size(), reason.code());
        return destroyed;
    }

    private List<DestroyedSignal> destroyAll(Pseudonym child) {
        var parents = new LinkedHashSet<Pseudonym>();
        signals.findOfChild(child).forEach(signal -> parents.addAll(signal.parents()));
        locks.lock(child, parents);
        // Read again under the locks: a signal may have been registered or ended meanwhile.
        var current = signals.findOfChildForUpdate(child);
        var unlockedParents = current.stream()
                .flatMap(signal -> signal.parents().stream())
                .filter(parent -> !parents.contains(parent))
                .toList();
        // NOTE: these late locks break the ascending key order that keeps FamilyLocks free of deadlocks.
        // PostgreSQL then aborts one of the two transactions with a deadlock error, which reaches the caller.
        locks.lock(child, unlockedParents);

        var today = LocalDate.now(clock);
        var destroyed = new ArrayList<DestroyedSignal>();
        for (var signal : current) {
            signals.delete(signal.id());
            events.publishEvent(new SignalEnded(signal.id(), today, true));
            destroyed.add(asDestroyed(signal));
            log.info("Signal {} destroyed", signal.id());
        }
        return destroyed;
    }

    static DestroyedSignal asDestroyed(Signal signal) {
        return new DestroyedSignal(
                signal.id(),
                signal.number(),
                signal.professionalId(),
                signal.organisationId(),
                signal.ownReference(),
                signal.registeredOn(),
                signal.endedOn());
    }
}
