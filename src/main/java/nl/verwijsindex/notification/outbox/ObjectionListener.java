package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import nl.verwijsindex.subjectrights.SignalRemovedOnObjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the email about a signal removed on objection inside the approving transaction, so that
 * the email is stored exactly when the signal's destruction is committed, and deletes waiting
 * emails about a child whose every trace is destroyed.
 */
@Component
class ObjectionListener {

    private static final Logger log = LoggerFactory.getLogger(ObjectionListener.class);

    private final ObjectionMessages messages;
    private final Clock clock;

    ObjectionListener(ObjectionMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void queue(SignalRemovedOnObjection event) {
        var id = messages.add(event, clock.instant());

        log.debug("Queued objection message {} for signal {}", id, event.signalId());
    }

    /** Deletes the waiting messages about the child in the destroying transaction. */
    @EventListener
    void delete(ChildTracesDestroyed event) {
        int deleted = messages.deleteOfChild(event.child());
        if (deleted > 0) {
            log.info(
                    "Deleted {} objection messages of a destroyed child ({})",
                    deleted,
                    event.reason().code());
        }
    }
}
