package nl.verwijsindex.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's match and invitation emails, which the dispatcher sends in the background. Sending
 * appends an audit entry, so a test that counts entries waits for the queue to empty first.
 */
public final class QueuedEmails {

    private QueuedEmails() {}

    /** Waits up to 10 seconds until every queued match and invitation email is sent or cancelled. */
    public static void awaitSent(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                                select (select count(*) from notification_messages
                                         where sent_at is null and cancelled_at is null)
                                     + (select count(*) from invitation_messages
                                         where sent_at is null and cancelled_at is null)
                                """).query(Long.class).single() == 0);
    }
}
