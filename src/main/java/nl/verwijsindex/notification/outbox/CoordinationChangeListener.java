package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import nl.verwijsindex.coordination.CoordinationChanged;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.registration.SignalEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the emails about a coordination change inside the transaction that stored the change. An
 * email is thus stored exactly when its change is committed, and an exception here rolls the change
 * back instead of losing the email. Cancels and deletes the emails with the signals and matches they
 * are about.
 */
@Component
class CoordinationChangeListener {

    private static final Logger log = LoggerFactory.getLogger(CoordinationChangeListener.class);

    private final CoordinationMessages messages;
    private final Clock clock;

    CoordinationChangeListener(CoordinationMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void queue(CoordinationChanged event) {
        int queued = messages.add(event, clock.instant());

        log.debug(
                "Queued {} coordination messages about change {} in match {}",
                queued,
                event.change().code(),
                event.matchId());
    }

    /**
     * Cancels the pending messages to the professional of a destroyed signal, because the signal was
     * unjustified or about the wrong child. An archived signal lets them go out.
     */
    @EventListener
    void cancelForDestroyedSignal(SignalEnded event) {
        if (!event.destroyed()) {
            return;
        }

        int cancelled = messages.cancelForSignal(event.signalId(), clock.instant());
        if (cancelled > 0) {
            log.info("Destroyed signal {}: cancelled {} pending coordination messages", event.signalId(), cancelled);
        }
    }

    /** Deletes every coordination message about destroyed matches, inside the destroying transaction. */
    @EventListener
    void delete(MatchesDestroyed event) {
        int deleted = messages.deleteOfMatches(event.matchIds());
        if (deleted > 0) {
            log.info(
                    "Deleted {} coordination messages about {} destroyed matches",
                    deleted,
                    event.matchIds().size());
        }
    }
}
