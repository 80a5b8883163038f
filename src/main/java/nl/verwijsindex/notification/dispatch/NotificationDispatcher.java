package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.notification.mail.MatchNotification;
import nl.verwijsindex.notification.mail.NotificationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.NotificationMessage;
import nl.verwijsindex.notification.outbox.NotificationMessages;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.registration.SignalReferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages. Each message is claimed, sent and marked sent in one transaction of its
 * own, so that any number of dispatchers, on one node or on several nodes sharing the database,
 * send each message once. A message is sent again only when the server accepted it but the
 * transaction then failed to commit. The copy has the same {@code Message-ID}, so mail clients can
 * recognise it.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationMessages messages;
    private final Professionals professionals;
    private final SignalReferences signalReferences;
    private final NotificationMailComposer composer;
    private final NotificationSender sender;
    private final NotificationMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDispatcher(
            NotificationMessages messages,
            Professionals professionals,
            SignalReferences signalReferences,
            NotificationMailComposer composer,
            NotificationSender sender,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.messages = messages;
        this.professionals = professionals;
        this.signalReferences = signalReferences;
        this.composer = composer;
        this.sender = sender;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Tries every message that is due now, in queue order, and returns how many were sent. A message
     * that fails is tried again in a later run, after its back-off, so a run always ends.
     */
    int dispatchDue() {
        var dueAt = clock.instant();
        int sent = 0;

        Outcome outcome;
        while ((outcome = transactions.execute(status -> dispatchNext(dueAt))) != Outcome.NONE_DUE) {
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }

        metrics.pendingMessages(messages.countPending());
        return sent;
    }

    private Outcome dispatchNext(Instant dueAt) {
        var claimed = messages.claimNextDue(dueAt);
        if (claimed.isEmpty()) {
            return Outcome.NONE_DUE;
        }

        var message = claimed.get();
        try {
            return deliver(message);
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

    private Outcome deliver(NotificationMessage message) {
        var now = clock.instant();
        var signal = signalReferences.find(message.recipientSignalId());
        if (signal.isEmpty()) {
            messages.cancel(message.id(), now);
            log.info(
                    "Cancelled notification {} because signal {} no longer exists",
                    message.id(),
                    message.recipientSignalId());
            return Outcome.CANCELLED;
        }

        var others = othersWithSignals(message);
        if (others.isEmpty()) {
            messages.cancel(message.id(), now);
            log.info("Cancelled notification {} because the signals it introduces no longer exist", message.id());
            return Outcome.CANCELLED;
        }

        sender.send(message.id(), composer.compose(notification(message, signal.get(), others)));
        messages.markSent(message.id(), now);
        metrics.messageSent();

        log.info("Sent notification {} to professional {}", message.id(), message.recipientProfessionalId());
        return Outcome.SENT;
    }

    /** Returns the other professionals whose signals still exist; a destroyed signal is never introduced. */
    private List<UUID> othersWithSignals(NotificationMessage message) {
        var others = new ArrayList<UUID>();
        for (int i = 0; i < message.otherProfessionalIds().size(); i++) {
            if (signalReferences.find(message.otherSignalIds().get(i)).isPresent()) {
                others.add(message.otherProfessionalIds().get(i));
            }
        }
        return others;
    }

    private MatchNotification notification(NotificationMessage message, SignalReference signal, List<UUID> otherIds) {
        var ids = new ArrayList<UUID>();
        ids.add(message.recipientProfessionalId());
        ids.addAll(otherIds);
        var contacts = professionals.contacts(ids).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));

        var missing = ids.stream().filter(id -> !contacts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Professionals " + missing + " not found");
        }

        var others = otherIds.stream().map(contacts::get).toList();
        return new MatchNotification(
                message.id(),
                message.matchType(),
                message.matchDate(),
                contacts.get(message.recipientProfessionalId()),
                signal,
                others);
    }

    private void recordFailure(NotificationMessage message, Instant dueAt, RuntimeException failure) {
        int attempts = message.attempts() + 1;
        // Counting from no earlier than the run's due time keeps the message out of this run even
        // when the clock was set back meanwhile, so the run ends.
        var failedAt = Collections.max(List.of(clock.instant(), dueAt));
        var nextAttemptAt = RetrySchedule.nextAttemptAt(failedAt, attempts);
        var description = FailureDescription.of(failure);

        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
        metrics.attemptFailed();

        if (attempts == RetrySchedule.ALERT_AFTER_ATTEMPTS) {
            log.error(
                    "Notification {} for professional {} failed {} times, operator action needed (retries continue)",
                    message.id(),
                    message.recipientProfessionalId(),
                    attempts,
                    new NotificationFailedException(description, failure));
        } else if (Integer.bitCount(attempts) == 1) {
            // Attempts 1, 2, 4, 8, ...: an outage of the mail server fails every message on every
            // attempt, and one line per failure would drown the log.
            log.warn(
                    "Notification {} failed on attempt {}, next attempt at {}: {}",
                    message.id(),
                    attempts,
                    nextAttemptAt,
                    description);
        } else {
            log.debug(
                    "Notification {} failed on attempt {}, next attempt at {}", message.id(), attempts, nextAttemptAt);
        }
    }

    private enum Outcome {
        SENT,
        CANCELLED,
        FAILED,
        NONE_DUE
    }
}
