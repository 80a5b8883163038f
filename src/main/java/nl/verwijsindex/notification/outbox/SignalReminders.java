package nl.verwijsindex.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.registration.ActiveSignals.InformingParties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signal_reminders} table: one row per reminder ever queued, which keeps each reminder to
 * once per signal (informing) or once per end date (ending), and is the message the dispatcher sends.
 * Every method joins the caller's transaction.
 */
@Repository
public class SignalReminders {

    private final JdbcClient jdbc;

    SignalReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the informing reminder of the signal, due at once, unless one was ever queued for it.
     *
     * @return the new reminder's id, or empty when the signal already had one
     */
    public Optional<UUID> addInforming(UUID signalId, InformingParties parties, Instant now) {
        return insert(signalId, ReminderKind.INFORMING, null, parties, now);
    }

    /**
     * Queues the ending reminder of the signal's end date, due at once, unless one was ever queued
     * for that end date.
     *
     * @return the new reminder's id, or empty when the end date already had one
     */
    public Optional<UUID> addEnding(UUID signalId, LocalDate endDate, Instant now) {
        return insert(signalId, ReminderKind.ENDING, endDate, null, now);
    }

    /** Returns which of the given signals already have a reminder of the kind, for any end date. */
    public Set<UUID> remindedSignals(ReminderKind kind, Collection<UUID> signalIds) {
        if (signalIds.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("select distinct signal_id from signal_reminders where kind = ? and signal_id = any(?)")
                .params(kind.code(), signalIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    private Optional<UUID> insert(
            UUID signalId,
            ReminderKind kind,
            @Nullable LocalDate endDate,
            @Nullable InformingParties parties,
            Instant now) {
        var id = UUID.randomUUID();
        // Two runs at once, on one node or two, both try the insert; the unique index lets one row in.
        int inserted = jdbc.sql("""
                        insert into signal_reminders (id, signal_id, kind, end_date, informing_parties, created_at,
                               next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(
                        id,
                        signalId,
                        kind.code(),
                        endDate,
                        parties == null ? null : parties.code(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Locks and returns the first pending reminder, in queue order, that was due at {@code dueAt},
     * skipping rows that another dispatcher has locked. The lock lasts until the caller's
     * transaction ends.
     */
    public Optional<SignalReminder> claimNextDue(Instant dueAt) {
        return jdbc.sql("""
                        select id, signal_id, kind, end_date, informing_parties, attempts
                          from signal_reminders
                         where sent_at is null and cancelled_at is null and next_attempt_at <= ?
                         order by number
                         limit 1
                           for update skip locked
                        """)
                .param(Timestamp.from(dueAt))
                .query((rs, row) -> {
                    var parties = rs.getString("informing_parties");
                    return new SignalReminder(
                            rs.getObject("id", UUID.class),
                            rs.getObject("signal_id", UUID.class),
                            ReminderKind.ofCode(rs.getString("kind")),
                            rs.getObject("end_date", LocalDate.class),
                            parties == null ? null : InformingParties.ofCode(parties),
                            rs.getInt("attempts"));
                })
                .optional();
    }

    public void markSent(UUID id, Instant sentAt) {
        jdbc.sql("update signal_reminders set sent_at = ? where id = ?")
                .params(Timestamp.from(sentAt), id)
                .update();
    }

    /** Stores a failed attempt: the new attempt count, the error and when to try again. */
    public void recordFailure(UUID id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.sql("update signal_reminders set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, error, Timestamp.from(nextAttemptAt), id)
                .update();
    }

    public void cancel(UUID id, Instant cancelledAt) {
        jdbc.sql("update signal_reminders set cancelled_at = ? where id = ?")
                .params(Timestamp.from(cancelledAt), id)
                .update();
    }

    /**
     * A queued reminder.
     *
     * @param id the reminder's id, also the base of the email's {@code Message-ID}
     * @param endDate the end date an ending reminder is about, {@code null} for an informing reminder
     * @param parties whom the professional must inform, {@code null} for an ending reminder
     * @param attempts the number of failed attempts so far
     */
    public record SignalReminder(
            UUID id,
            UUID signalId,
            ReminderKind kind,
            @Nullable LocalDate endDate,
            @Nullable InformingParties parties,
            int attempts) {}

    /** The kind of a reminder, with its code in the table and the purpose code of its audit entries. */
    public enum ReminderKind {
        /** Record that the parents or child were informed, or that informing is postponed. */
        INFORMING("informing", "remind-informing"),
        /** Decide whether to extend the signal before its end date. */
        ENDING("ending", "remind-ending");

        private final String code;
        private final String purpose;

        ReminderKind(String code, String purpose) {
            this.code = code;
            this.purpose = purpose;
        }

        public String code() {
            return code;
        }

        /** Returns the purpose code of the reminder's audit entries. */
        public String purpose() {
            return purpose;
        }

        static ReminderKind ofCode(String code) {
            for (var kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalStateException("Invalid reminder kind '" + code + "' in signal_reminders");
        }
    }
}
