package nl.verwijsindex.matching.internal;

import java.util.UUID;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes every match that names a destroyed child, child and family matches, active and ended,
 * with their members and introductions, and the child's remaining candidates. The signals were
 * destroyed just before, so the family matches with a sibling have already ended. It runs inside
 * the destroying transaction.
 */
@Component
class ChildMatchErasure {

    private static final Logger log = LoggerFactory.getLogger(ChildMatchErasure.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ChildMatchErasure(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(ChildTracesDestroyed event) {
        byte[] child = event.child().value();
        var matchIds = jdbc.sql("select id from matches where child_pseudonym = ? or other_child_pseudonym = ?")
                .params(child, child)
                .query(UUID.class)
                .list();
        if (!matchIds.isEmpty()) {
            // First, so that coordination and notification delete their rows while the matches still exist.
            events.publishEvent(new MatchesDestroyed(matchIds));
            var ids = matchIds.toArray(UUID[]::new);
            jdbc.sql("delete from match_introductions where match_id = any(?)")
                    .param(ids)
                    .update();
            jdbc.sql("delete from match_members where match_id = any(?)")
                    .param(ids)
                    .update();
            jdbc.sql("delete from matches where id = any(?)").param(ids).update();
        }
        int candidates = jdbc.sql("delete from match_candidates where child_pseudonym = ?")
                .param(child)
                .update();

        log.info("Deleted {} matches and {} candidates of a destroyed child", matchIds.size(), candidates);
    }
}
