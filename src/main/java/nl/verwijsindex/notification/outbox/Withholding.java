package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks waiting match emails, coordination emails and border notices as withheld, so that no
 * dispatcher sends them, and counts the withheld ones. Every method joins the caller's transaction.
 */
@Repository
public class Withholding {

    private final JdbcClient jdbc;

    Withholding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Withholds every waiting message of the three tables that was queued before the instant, and
     * returns the ids of the withheld messages of each table in queue order. A message that a dispatcher is sending
     * at this moment is waited for, and left alone when the dispatcher sent or cancelled it.
     */
    public Withheld withholdQueuedBefore(Instant queuedBefore, String reason, Instant now) {
        var before = Timestamp.from(queuedBefore);
        var matchMessages = jdbc.sql("""
                        with withheld as (
                            update notification_messages set cancelled_at = ?, withheld_reason = ?
                             where sent_at is null and cancelled_at is null and created_at < ?
                            returning id, number)
                        select id from withheld order by number
                        """)
                .params(Timestamp.from(now), reason, before)
                .query(UUID.class)
                .list();
        var coordinationMessages = jdbc.sql("""
                        with withheld as (
                            update coordination_messages set cancelled_at = ?, withheld_reason = ?
                             where sent_at is null and cancelled_at is null and created_at < ?
                            returning id, number)
                        select id from withheld order by number
                        """)
                .params(Timestamp.from(now), reason, before)
                .query(UUID.class)
                .list();
        var borderNotices =
                jdbc.sql("""
                        with withheld as (
                            update border_notices set withheld_reason = ?
                             where withheld_reason is null and created_at < ?
                            returning id, number)
                        select id from withheld order by number
                        """).params(reason, before).query(UUID.class).list();
        return new Withheld(matchMessages, coordinationMessages, borderNotices);
    }

    /** Counts the withheld messages of the three tables that have the reason. */
    public long count(String reason) {
        return jdbc.sql("""
                        select (select count(*) from notification_messages where withheld_reason = ?)
                             + (select count(*) from coordination_messages where withheld_reason = ?)
                             + (select count(*) from border_notices where withheld_reason = ?)
                        """).params(reason, reason, reason).query(Long.class).single();
    }

    /** The ids of the messages withheld, per table, each list in queue order. */
    public record Withheld(List<UUID> matchMessages, List<UUID> coordinationMessages, List<UUID> borderNotices) {

        public Withheld {
            matchMessages = List.copyOf(matchMessages);
            coordinationMessages = List.copyOf(coordinationMessages);
            borderNotices = List.copyOf(borderNotices);
        }
    }
}
