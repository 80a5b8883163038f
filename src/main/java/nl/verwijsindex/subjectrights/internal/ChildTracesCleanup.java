package nl.verwijsindex.subjectrights.internal;

import nl.verwijsindex.registration.ChildTracesDestroyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes a child's rights requests, with their pseudonym and encrypted BSN, when every trace of
 * the child goes (the child turned 23 or died), in the destroying transaction. The rows are deleted
 * rather than kept without the BSN, so that no row about the child remains. The audit entries of
 * each request name the child only by pseudonym, and they remain as the record that it was handled.
 */
@Component
class ChildTracesCleanup {

    private static final Logger log = LoggerFactory.getLogger(ChildTracesCleanup.class);

    private final RightsRequests requests;

    ChildTracesCleanup(RightsRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void delete(ChildTracesDestroyed event) {
        var deleted = requests.deleteOfChild(event.child());
        if (deleted > 0) {
            log.info(
                    "Deleted {} rights requests of a child whose traces were destroyed ({})",
                    deleted,
                    event.reason().code());
        }
    }
}
