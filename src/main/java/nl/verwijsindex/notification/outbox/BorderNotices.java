package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code border_notices} table: emails to a municipal coordinator about a match whose members'
 * organisations belong to more than one municipality. A row exists only while its email waits, or
 * after the outbox withheld it (see {@link Withholding}). Every method joins the caller's transaction.
 */
@Repository
public class BorderNotices {

    private final JdbcClient jdbc;

    BorderNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a notice, due at once, unless one about the match to the municipality still waits.
     *
     * @return the new notice's id, or empty when one was waiting already
     */
    Optional<UUID> add(UUID matchId, String municipalityCode, Instant now) {
        var id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into border_notices (id, match_id, municipality_code, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (match_id, municipality_code) do nothing
                        """)
                .params(id, matchId, municipalityCode, Timestamp.from(now), Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Deletes the waiting notices about the matches and returns how many. */
    int deleteOfMatches(Collection<UUID> matchIds) {
        return jdbc.sql("delete from border_notices where match_id = any(?)")
                .param(matchIds.toArray(UUID[]::new))
                .update();
    }

    /**
     * Locks and returns the first waiting notice that was not withheld, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<BorderNotice> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, match_id, municipality_code, attempts
                          from border_notices
                         where next_attempt_at <= ? and withheld_reason is null
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> new BorderNotice(
                        rs.getObject("id", UUID.class),
                        rs.getObject("match_id", UUID.class),
                        rs.getString("municipality_code"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** Deletes the notice once its email is sent or no longer needed; its audit entry remains. */
    public void delete(UUID id) {
        jdbc.sql("delete from border_notices where id = ?").param(id).update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update border_notices set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    /**
     * A queued notice.
     *
     * @param id the notice's id, also the base of the email's {@code Message-ID}
     * @param municipalityCode the four-digit code of the municipality whose coordinator gets the email
     * @param attempts the number of failed attempts so far
     */
    public record BorderNotice(UUID id, UUID matchId, String municipalityCode, int attempts) {}
}
