package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.subjectrights.SignalRemovedOnObjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code objection_messages} table: emails about signals removed on objection, waiting to be
 * sent. A row is deleted once its email is sent or cancelled, because the audit trail keeps the
 * record. Every method joins the caller's transaction.
 */
@Repository
public class ObjectionMessages {

    private final JdbcClient jdbc;

    ObjectionMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the email for the signal's professional, due at once, and returns the message id. */
    UUID add(SignalRemovedOnObjection event, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into objection_messages (id, recipient_professional_id, signal_id, signal_number,
                               own_reference, child_pseudonym, pseudonym_key_version, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        event.professionalId(),
                        event.signalId(),
                        event.signalNumber(),
                        event.ownReference(),
                        event.child().value(),
                        event.child().keyVersion(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        return id;
    }

    /**
     * Locks and returns the first pending message, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<ObjectionMessage> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, recipient_professional_id, signal_id, signal_number, own_reference, attempts
                          from objection_messages
                         where sent_at is null and cancelled_at is null and next_attempt_at <= ?
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> new ObjectionMessage(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recipient_professional_id", UUID.class),
                        rs.getObject("signal_id", UUID.class),
                        rs.getLong("signal_number"),
                        rs.getString("own_reference"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** Deletes the message once its email is sent. The audit trail keeps the record of the email. */
    public void markSent(UUID id) {
        delete(id);
    }

    /** Deletes a message that will not be sent. The caller records why. */
    public void cancel(UUID id) {
        delete(id);
    }

    /** Deletes every waiting message about the child and returns how many. */
    int deleteOfChild(Pseudonym child) {
        return jdbc.sql("delete from objection_messages where child_pseudonym = ? and pseudonym_key_version = ?")
                .params(child.value(), child.keyVersion())
                .update();
    }

    private void delete(UUID id) {
        jdbc.sql("delete from objection_messages where id = ?").param(id).update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update objection_messages set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }
}
