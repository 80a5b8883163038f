package nl.verwijsindex.notification.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.verwijsindex.coordination.CoordinationChanged;
import nl.verwijsindex.coordination.CoordinationChanged.Change;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code coordination_messages} table. Every method joins the caller's transaction, so a
 * message is queued only when the transaction that changed the coordination commits.
 */
@Repository
public class CoordinationMessages {

    private final JdbcClient jdbc;

    CoordinationMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues one message for each recipient of the change, due at once, and returns how many. */
    int add(CoordinationChanged event, Instant now) {
        for (var recipient : event.recipients()) {
            jdbc.sql("""
                            insert into coordination_messages (id, recipient_professional_id, recipient_signal_id,
                                   match_id, match_type, match_date, change, actor_professional_id, status,
                                   proposed_coordinator_id, coordinator_id, created_at, next_attempt_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            recipient.professionalId(),
                            recipient.signalId(),
                            event.matchId(),
                            event.matchType().code(),
                            event.matchDate(),
                            event.change().code(),
                            event.actorProfessionalId(),
                            event.status().code(),
                            event.proposedCoordinatorId(),
                            event.coordinatorId(),
                            Timestamp.from(now),
                            Timestamp.from(now))
                    .update();
        }
        return event.recipients().size();
    }

    /**
     * Locks and returns the first pending message, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<CoordinationMessage> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, recipient_professional_id, recipient_signal_id, match_id, match_type, match_date,
                               change, actor_professional_id, status, proposed_coordinator_id, coordinator_id, attempts
                          from coordination_messages
                         where sent_at is null and cancelled_at is null and next_attempt_at <= ?
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> read(rs))
                .optional();
    }

    public void markSent(UUID id, Instant sentAt) {
        jdbc.sql("update coordination_messages set sent_at = ? where id = ?")
                .params(Timestamp.from(sentAt), id)
                .update();
    }

    public void cancel(UUID id, Instant cancelledAt) {
        jdbc.sql("update coordination_messages set cancelled_at = ? where id = ?")
                .params(Timestamp.from(cancelledAt), id)
                .update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update coordination_messages set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    /** Cancels the pending messages whose recipient's own signal is the given one and returns how many. */
    int cancelForSignal(UUID signalId, Instant cancelledAt) {
        return jdbc.sql("""
                        update coordination_messages set cancelled_at = ?
                         where recipient_signal_id = ? and sent_at is null and cancelled_at is null
                        """).params(Timestamp.from(cancelledAt), signalId).update();
    }

    /** Deletes every message about the matches, sent, pending and cancelled, and returns how many. */
    int deleteOfMatches(Collection<UUID> matchIds) {
        return jdbc.sql("delete from coordination_messages where match_id = any(?)")
                .param(matchIds.toArray(UUID[]::new))
                .update();
    }

    private static CoordinationMessage read(ResultSet rs) throws SQLException {
        return new CoordinationMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient_professional_id", UUID.class),
                rs.getObject("recipient_signal_id", UUID.class),
                rs.getObject("match_id", UUID.class),
                byCode(MatchType.values(), MatchType::code, rs.getString("match_type")),
                rs.getObject("match_date", LocalDate.class),
                byCode(Change.values(), Change::code, rs.getString("change")),
                rs.getObject("actor_professional_id", UUID.class),
                byCode(CoordinationStatus.values(), CoordinationStatus::code, rs.getString("status")),
                rs.getObject("proposed_coordinator_id", UUID.class),
                rs.getObject("coordinator_id", UUID.class),
                rs.getInt("attempts"));
    }

    private static <T> T byCode(T[] values, Function<T, String> codeOf, String code) {
        return Arrays.stream(values)
                .filter(value -> codeOf.apply(value).equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Invalid code '" + code + "' in coordination_messages"));
    }
}
