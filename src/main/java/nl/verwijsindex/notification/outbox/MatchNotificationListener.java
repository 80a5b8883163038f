package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import nl.verwijsindex.coordination.ProposedCoordinators;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.registration.SignalEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Queues and cancels messages inside the publisher's transaction. The listeners are plain
 * synchronous {@link EventListener}s on purpose: a message is stored exactly when the match that it
 * reports is committed, and an exception here reaches the publisher, which rolls the match back
 * instead of losing the email.
 */
@Component
class MatchNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(MatchNotificationListener.class);

    private final NotificationMessages messages;
    private final ProposedCoordinators proposedCoordinators;
    private final Clock clock;

    MatchNotificationListener(NotificationMessages messages, ProposedCoordinators proposedCoordinators, Clock clock) {
        this.messages = messages;
        this.proposedCoordinators = proposedCoordinators;
        this.clock = clock;
    }

    /**
     * Queues the match email with the match's open proposal for a coordinator. This listener keeps
     * the lowest precedence, and the coordination module's listener that proposes a coordinator by
     * the municipality's priority list has the highest, so the proposal for a new match is stored
     * before it is read here.
     */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void queue(ProfessionalsMatched event) {
        if (event.otherProfessionalIds().isEmpty()) {
            log.warn("Ignored an event about match {} that names no other professional", event.matchId());
            return;
        }

        var proposed = proposedCoordinators.find(event.matchId()).orElse(null);
        var id = messages.add(event, proposed, clock.instant());

        log.debug(
                "Queued notification {} for professional {} about match {}",
                id,
                event.recipientProfessionalId(),
                event.matchId());
    }

    /**
     * Cancels the pending messages to the professional of a destroyed signal, and takes that
     * professional out of pending messages to others, because the signal was unjustified or about
     * the wrong child. An archived signal still lets its pending messages go out: the match was real.
     */
    @EventListener
    void cancelForDestroyedSignal(SignalEnded event) {
        if (!event.destroyed()) {
            return;
        }

        int cancelled = messages.cancelForSignal(event.signalId(), clock.instant());
        int withdrawn = messages.withdrawSignal(event.signalId(), clock.instant());

        if (cancelled + withdrawn > 0) {
            log.info(
                    "Destroyed signal {}: cancelled {} of its pending notifications and withdrew it from {} others",
                    event.signalId(),
                    cancelled,
                    withdrawn);
        }
    }
}
