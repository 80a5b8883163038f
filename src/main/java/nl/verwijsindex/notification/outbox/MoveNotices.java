package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code move_notices} table: emails to a municipality's coordinator about a child with active
 * signals who moved there. A row exists only while its email waits, so that no row about the child
 * outlives its signals. Every method joins the caller's transaction.
 */
@Repository
public class MoveNotices {

    private final JdbcClient jdbc;

    MoveNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a notice, due at once, unless one for the same child and municipality is still pending.
     *
     * @return the new notice's id, or empty when one was pending already
     */
    Optional<UUID> add(Pseudonym child, String municipalityCode, Instant now) {
        var id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into move_notices (id, child_pseudonym, pseudonym_key_version, to_municipality_code,
                               created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (child_pseudonym, to_municipality_code) do nothing
                        """)
                .params(
                        id,
                        child.value(),
                        child.keyVersion(),
                        municipalityCode,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Deletes every waiting notice about the child and returns how many. */
    int deleteOfChild(Pseudonym child) {
        return jdbc.sql("delete from move_notices where child_pseudonym = ?")
                .param(child.value())
                .update();
    }

    /**
     * Locks and returns the first pending notice, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<MoveNotice> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, child_pseudonym, pseudonym_key_version, to_municipality_code, attempts
                          from move_notices
                         where next_attempt_at <= ?
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> new MoveNotice(
                        rs.getObject("id", UUID.class),
                        new Pseudonym(rs.getInt("pseudonym_key_version"), rs.getBytes("child_pseudonym")),
                        rs.getString("to_municipality_code"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** Deletes the notice once its email is sent or no longer needed; its audit entry remains. */
    public void delete(UUID id) {
        jdbc.sql("delete from move_notices where id = ?").param(id).update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update move_notices set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    /**
     * A queued notice.
     *
     * @param id the notice's id, also the base of the email's {@code Message-ID}
     * @param child the pseudonym of the child who moved
     * @param municipalityCode the four-digit code of the municipality the child moved to
     * @param attempts the number of failed attempts so far
     */
    public record MoveNotice(UUID id, Pseudonym child, String municipalityCode, int attempts) {}
}
