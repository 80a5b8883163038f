package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued messages of one kind. Each message is claimed, sent and marked sent in one
 * transaction of its own, so that any number of dispatchers, on one node or on several nodes
 * sharing the database, send each message once. A failed message is tried again after the back-off
 * of {@link RetrySchedule}, and the operator is alerted once after {@link
 * RetrySchedule#ALERT_AFTER_ATTEMPTS} attempts. Each sent message and each failed attempt appends one
 * {@code notification} entry to the audit trail in the same transaction, so that an entry exists
 * exactly when the attempt's outcome was stored.
 *
 * @param <M> the queued message as its outbox table returns it
 */
abstract class QueuedMessageDispatcher<M> {

    /** The actor id of the dispatchers' audit entries. */
    static final String DISPATCHER = "notification-dispatcher";

    /** The logger of the subclass, so that each kind of message keeps its own logger name. */
    protected final Logger log = LoggerFactory.getLogger(getClass());

    protected final NotificationSender sender;
    protected final NotificationMetrics metrics;
    protected final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditTrail trail;
    private @Nullable DispatchPause pause;
    private Duration maxRetryDelay = RetrySchedule.MAX_DELAY;

    QueuedMessageDispatcher(
            NotificationSender sender,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AuditTrail trail) {
        this.sender = sender;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.trail = trail;
    }

    /**
     * Sets the longest wait between two attempts to send a failed message, {@code
     * VERWIJSINDEX_MAIL_MAX_RETRY_DELAY}; without it, {@link RetrySchedule#MAX_DELAY}.
     *
     * @throws IllegalArgumentException when it is shorter than {@link RetrySchedule#FIRST_DELAY}
     */
    @Autowired
    void setMaxRetryDelay(@Value("${verwijsindex.mail.max-retry-delay}") Duration maxRetryDelay) {
        if (maxRetryDelay.compareTo(RetrySchedule.FIRST_DELAY) < 0) {
            throw new IllegalArgumentException("Invalid maximum retry delay " + maxRetryDelay
                    + ": set VERWIJSINDEX_MAIL_MAX_RETRY_DELAY to 5s or longer, such as 5m");
        }
        this.maxRetryDelay = maxRetryDelay;
    }

    /** Sets the pause that stops this dispatcher's runs; without one, runs are never paused. */
    @Autowired
    void setPause(DispatchPause pause) {
        this.pause = pause;
    }

    /** Claims the oldest message that is due at the instant, locked for this transaction, if any. */
    protected abstract Optional<M> claimNextDue(Instant dueAt);

    /** Sends the claimed message and marks it sent, or cancels it when it is no longer needed. */
    protected abstract Outcome deliver(M message);

    /** Returns how many attempts to send the message have failed so far. */
    protected abstract int failedAttempts(M message);

    /** Stores a failed attempt with the failure's description and the time of the next attempt. */
    protected abstract void storeFailure(M message, int attempts, String description, Instant nextAttemptAt);

    /** Returns the audit purpose of the message, such as {@code match-notification}. */
    protected abstract String auditPurpose(M message);

    /** Returns the message's id, the object of its audit entries. */
    protected abstract UUID messageId(M message);

    /** Returns the pseudonym of the child the message is about, when it is about one. */
    protected Optional<Pseudonym> auditChild(M message) {
        return Optional.empty();
    }

    /** Returns the message's name in log lines, such as {@code Notification <id>}. */
    protected abstract String logName(M message);

    /** Returns the message's name in the operator alert, which may add ids that help the operator. */
    protected String alertName(M message) {
        return logName(message);
    }

    /** Runs after each run of {@link #dispatchDue()}, for example to update a gauge. */
    protected void afterRun() {}

    /**
     * Tries every message that is due now, in queue order, and returns how many were sent. A message
     * that fails is tried again in a later run, after its back-off, so a run always ends. While the
     * {@link DispatchPause} is on, a run sends nothing more. The run's messages share a connection
     * to the mail server; each is still claimed, sent and marked sent in a transaction of its own.
     */
    int dispatchDue() {
        return dispatchDue(() -> {});
    }

    /**
     * Runs as {@link #dispatchDue()} does, and calls {@code afterFirstSent} once, right after the
     * run's first message was sent, so that the caller can start another dispatcher on what may
     * follow it.
     */
    int dispatchDue(Runnable afterFirstSent) {
        var dueAt = clock.instant();
        int sent = 0;

        try (var connection = sender.shareConnection()) {
            Outcome outcome;
            while (!paused() && (outcome = transactions.execute(status -> dispatchNext(dueAt))) != Outcome.NONE_DUE) {
                if (outcome == Outcome.SENT && ++sent == 1) {
                    afterFirstSent.run();
                }
            }
        }

        afterRun();
        return sent;
    }

    private boolean paused() {
        var current = pause;
        return current != null && current.isPaused();
    }

    private Outcome dispatchNext(Instant dueAt) {
        var claimed = claimNextDue(dueAt);
        if (claimed.isEmpty()) {
            return Outcome.NONE_DUE;
        }

        var message = claimed.get();
        try {
            var outcome = deliver(message);
            if (outcome == Outcome.SENT) {
                record(message, AuditOutcome.SUCCESS);
            }
            return outcome;
        } catch (DataAccessException e) {
            // The transaction can no longer record anything. It rolls back, the message stays due
            // and the next run tries it again.
            throw e;
        } catch (RuntimeException e) {
            // Any other failure, including a template error, counts as an attempt, so that a message
            // that can never be sent still reaches the operator alert instead of failing silently.
            recordFailure(message, dueAt, e);
            return Outcome.FAILED;
        }
    }

    private void recordFailure(M message, Instant dueAt, RuntimeException failure) {
        int attempts = failedAttempts(message) + 1;
        // Counting from no earlier than the run's due time keeps the message out of this run even
        // when the clock was set back meanwhile, so the run ends.
        var failedAt = Collections.max(List.of(clock.instant(), dueAt));
        var nextAttemptAt = RetrySchedule.nextAttemptAt(failedAt, attempts, maxRetryDelay);
        var description = FailureDescription.of(failure);

        storeFailure(message, attempts, description, nextAttemptAt);
        record(message, AuditOutcome.FAILED);
        metrics.attemptFailed();

        if (attempts == RetrySchedule.ALERT_AFTER_ATTEMPTS) {
            log.error(
                    "{} failed {} times, operator action needed (retries continue)",
                    alertName(message),
                    attempts,
                    new NotificationFailedException(description, failure));
        } else if (Integer.bitCount(attempts) == 1) {
            // Attempts 1, 2, 4, 8, ...: an outage of the mail server fails every message on every
            // attempt, and one line per failure would drown the log.
            log.warn(
                    "{} failed on attempt {}, next attempt at {}: {}",
                    logName(message),
                    attempts,
                    nextAttemptAt,
                    description);
        } else {
            log.debug("{} failed on attempt {}, next attempt at {}", logName(message), attempts, nextAttemptAt);
        }
    }

    private void record(M message, AuditOutcome outcome) {
        trail.record(AuditEntry.of(AuditAction.NOTIFICATION, outcome, auditPurpose(message))
                .by(AuditActor.system(DISPATCHER))
                .about("message", messageId(message))
                .child(auditChild(message).orElse(null)));
    }

    /** The result of one dispatch step: a message sent, cancelled or failed, or none due. */
    protected enum Outcome {
        SENT,
        CANCELLED,
        FAILED,
        NONE_DUE
    }
}
