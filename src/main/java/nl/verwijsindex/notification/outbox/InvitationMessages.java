package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code invitation_messages} table: invitation emails waiting to be sent. A row contains only
 * the invitation id, because the address and the link are read from the access module when the
 * email is composed. Every method joins the caller's transaction.
 */
@Repository
public class InvitationMessages {

    private final JdbcClient jdbc;

    InvitationMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the invitation's email, due at once, and returns the message id. */
    UUID add(UUID invitationId, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into invitation_messages (id, invitation_id, created_at, next_attempt_at)
                        values (?, ?, ?, ?)
                        """)
                .params(id, invitationId, Timestamp.from(now), Timestamp.from(now))
                .update();
        return id;
    }

    /**
     * Locks and returns the first pending message, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<InvitationMessage> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, invitation_id, attempts
                          from invitation_messages
                         where sent_at is null and cancelled_at is null and next_attempt_at <= ?
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> new InvitationMessage(
                        rs.getObject("id", UUID.class),
                        rs.getObject("invitation_id", UUID.class),
                        rs.getInt("attempts")))
                .optional();
    }

    public void markSent(UUID id, Instant sentAt) {
        jdbc.sql("update invitation_messages set sent_at = ? where id = ?")
                .params(Timestamp.from(sentAt), id)
                .update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update invitation_messages set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    public void cancel(UUID id, Instant cancelledAt) {
        jdbc.sql("update invitation_messages set cancelled_at = ? where id = ?")
                .params(Timestamp.from(cancelledAt), id)
                .update();
    }

    /**
     * A queued invitation email.
     *
     * @param id the message id, also the base of the email's {@code Message-ID}
     * @param attempts the number of failed attempts so far
     */
    public record InvitationMessage(UUID id, UUID invitationId, int attempts) {}
}
