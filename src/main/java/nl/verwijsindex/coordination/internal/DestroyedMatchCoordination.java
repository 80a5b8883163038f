package nl.verwijsindex.coordination.internal;

import java.util.UUID;
import nl.verwijsindex.matching.MatchesDestroyed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the coordination and contact records of destroyed matches, inside the destroying transaction. */
@Component
class DestroyedMatchCoordination {

    private final JdbcClient jdbc;

    DestroyedMatchCoordination(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MatchesDestroyed event) {
        var ids = event.matchIds().toArray(UUID[]::new);
        jdbc.sql("delete from match_contacts where match_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("delete from match_coordination where match_id = any(?)")
                .param(ids)
                .update();
    }
}
