package nl.verwijsindex.notification.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the emails that wait in the outbox: match notifications, account invitations, reminders,
 * move notices, objection notices and coordination emails.
 */
@Repository
public class OutboxCounts {

    private final JdbcClient jdbc;

    OutboxCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the messages that are neither sent nor cancelled, and how many of them failed at least once. */
    public Counts count() {
        return jdbc.sql("""
                        select count(*) as pending, count(*) filter (where attempts > 0) as failed
                          from (select attempts from notification_messages
                                 where sent_at is null and cancelled_at is null
                                union all
                                select attempts from invitation_messages
                                 where sent_at is null and cancelled_at is null
                                union all
                                select attempts from signal_reminders
                                 where sent_at is null and cancelled_at is null
                                union all
                                select attempts from move_notices
                                union all
                                select attempts from objection_messages
                                 where sent_at is null and cancelled_at is null
                                union all
                                select attempts from coordination_messages
                                 where sent_at is null and cancelled_at is null) as waiting
                        """)
                .query((rs, row) -> new Counts(rs.getLong("pending"), rs.getLong("failed")))
                .single();
    }

    /**
     * @param pending messages not sent yet, including those that failed
     * @param failed pending messages whose last attempt failed; they are retried
     */
    public record Counts(long pending, long failed) {}
}
