package nl.verwijsindex.notification.outbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_messages} table. Every method joins the caller's transaction, so a
 * message is queued only when the transaction that made the match commits.
 */
@Repository
public class NotificationMessages {

    private final JdbcClient jdbc;

    NotificationMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a message for the event's recipient, due at once, and returns its id.
     *
     * @param proposedCoordinatorId the professional proposed as coordinator of the match at this
     *     moment, or null when nobody is
     */
    UUID add(ProfessionalsMatched event, @Nullable UUID proposedCoordinatorId, Instant now) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification_messages (id, recipient_professional_id, match_id, match_type,
                               match_date, recipient_signal_id, other_professional_ids, other_signal_ids, created_at,
                               next_attempt_at, proposed_coordinator_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        event.recipientProfessionalId(),
                        event.matchId(),
                        event.type().code(),
                        event.since(),
                        event.recipientSignalId(),
                        event.otherProfessionalIds().toArray(UUID[]::new),
                        event.otherSignalIds().toArray(UUID[]::new),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        proposedCoordinatorId)
                .update();
        return id;
    }

    /**
     * Locks and returns the first pending message, in queue order, that was due at {@code dueAt}.
     * Rows locked by another transaction are skipped, so concurrent dispatchers, on this node or on
     * another node of the same database, never claim the same message. The lock lasts until the
     * caller's transaction ends.
     */
    public Optional<NotificationMessage> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, recipient_professional_id, match_id, match_type, match_date, recipient_signal_id,
                               other_professional_ids, other_signal_ids, attempts, proposed_coordinator_id
                          from notification_messages
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
        jdbc.sql("update notification_messages set sent_at = ? where id = ?")
                .params(Timestamp.from(sentAt), id)
                .update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update notification_messages set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    public void cancel(UUID id, Instant cancelledAt) {
        jdbc.sql("update notification_messages set cancelled_at = ? where id = ?")
                .params(Timestamp.from(cancelledAt), id)
                .update();
    }

    /** Cancels the pending messages whose own signal is the given one and returns how many. */
    int cancelForSignal(UUID signalId, Instant cancelledAt) {
        return jdbc.sql("""
                        update notification_messages set cancelled_at = ?
                         where recipient_signal_id = ? and sent_at is null and cancelled_at is null
                        """).params(Timestamp.from(cancelledAt), signalId).update();
    }

    /**
     * Takes the destroyed signal's professional out of the pending messages that would introduce
     * them, and cancels a message that is left with nobody to introduce. Returns how many messages
     * changed. A message that a dispatcher is sending at this moment is skipped rather than waited
     * for: if that send fails, the dispatcher leaves out the destroyed signal when it tries again.
     */
    int withdrawSignal(UUID signalId, Instant cancelledAt) {
        var pending = jdbc.sql("""
                        select id, other_professional_ids, other_signal_ids from notification_messages
                         where ? = any(other_signal_ids) and sent_at is null and cancelled_at is null
                           for update skip locked
                        """)
                .param(signalId)
                .query((rs, row) -> new Introductions(
                        rs.getObject("id", UUID.class),
                        Arrays.asList(uuids(rs.getArray("other_professional_ids"))),
                        Arrays.asList(uuids(rs.getArray("other_signal_ids")))))
                .list();
        for (var message : pending) {
            var remaining = message.without(signalId);
            if (remaining.signalIds().isEmpty()) {
                cancel(message.id(), cancelledAt);
            } else {
                jdbc.sql(
                                "update notification_messages set other_professional_ids = ?, other_signal_ids = ? where id = ?")
                        .params(
                                remaining.professionalIds().toArray(UUID[]::new),
                                remaining.signalIds().toArray(UUID[]::new),
                                message.id())
                        .update();
            }
        }
        return pending.size();
    }

    /**
     * Counts the match, invitation, reminder, move notice, objection notice and coordination messages
     * that are neither sent nor cancelled. A move notice row is deleted once sent or no longer needed, so every
     * row counts.
     */
    public long countPending() {
        return jdbc.sql("""
                        select (select count(*) from notification_messages where sent_at is null and cancelled_at is null)
                             + (select count(*) from invitation_messages where sent_at is null and cancelled_at is null)
                             + (select count(*) from signal_reminders where sent_at is null and cancelled_at is null)
                             + (select count(*) from move_notices)
                             + (select count(*) from objection_messages
                                 where sent_at is null and cancelled_at is null)
                             + (select count(*) from coordination_messages
                                 where sent_at is null and cancelled_at is null)
                        """).query(Long.class).single();
    }

    private static NotificationMessage read(ResultSet rs) throws SQLException {
        return new NotificationMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("recipient_professional_id", UUID.class),
                rs.getObject("match_id", UUID.class),
                matchType(rs.getString("match_type")),
                rs.getObject("match_date", java.time.LocalDate.class),
                rs.getObject("recipient_signal_id", UUID.class),
                Arrays.asList(uuids(rs.getArray("other_professional_ids"))),
                Arrays.asList(uuids(rs.getArray("other_signal_ids"))),
                rs.getInt("attempts"),
                rs.getObject("proposed_coordinator_id", UUID.class));
    }

    private static MatchType matchType(String code) {
        return Arrays.stream(MatchType.values())
                .filter(type -> type.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("Invalid match type '" + code + "' in notification_messages"));
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return (UUID[]) array.getArray();
    }

    private record Introductions(UUID id, List<UUID> professionalIds, List<UUID> signalIds) {

        Introductions without(UUID signalId) {
            var professionals = new java.util.ArrayList<UUID>();
            var signals = new java.util.ArrayList<UUID>();
            for (int i = 0; i < signalIds.size(); i++) {
                if (!signalIds.get(i).equals(signalId)) {
                    professionals.add(professionalIds.get(i));
                    signals.add(signalIds.get(i));
                }
            }
            return new Introductions(id, professionals, signals);
        }
    }
}
