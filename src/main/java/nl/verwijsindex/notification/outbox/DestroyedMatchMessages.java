package nl.verwijsindex.notification.outbox;

import java.util.UUID;
import nl.verwijsindex.matching.MatchesDestroyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes every notification message about destroyed matches, sent, pending and cancelled,
 * inside the destroying transaction. Every message is about one match, and names only signals
 * of that match, so no message about the destroyed child's signals remains. A message that the
 * dispatcher is sending at that moment is locked, so the delete waits until that attempt ends.
 */
@Component
class DestroyedMatchMessages {

    private static final Logger log = LoggerFactory.getLogger(DestroyedMatchMessages.class);

    private final JdbcClient jdbc;

    DestroyedMatchMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MatchesDestroyed event) {
        int deleted = jdbc.sql("delete from notification_messages where match_id = any(?)")
                .param(event.matchIds().toArray(UUID[]::new))
                .update();

        log.info(
                "Deleted {} notification messages about {} destroyed matches",
                deleted,
                event.matchIds().size());
    }
}
