package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import nl.verwijsindex.access.InvitationEmails;
import nl.verwijsindex.notification.mail.NotificationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.InvitationMessages;
import nl.verwijsindex.notification.outbox.InvitationMessages.InvitationMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued invitation emails the way {@link NotificationDispatcher} sends match notifications:
 * each message is claimed, sent and marked sent in one transaction of its own, with the same
 * retries and operator alert. The same transaction deletes the invitation's encrypted token, so
 * the database keeps no usable link once the email has left.
 */
@Component
class InvitationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InvitationDispatcher.class);

    private final InvitationMessages messages;
    private final InvitationEmails invitations;
    private final NotificationMailComposer composer;
    private final NotificationSender sender;
    private final NotificationMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvitationDispatcher(
            InvitationMessages messages,
            InvitationEmails invitations,
            NotificationMailComposer composer,
            NotificationSender sender,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.messages = messages;
        this.invitations = invitations;
        this.composer = composer;
        this.sender = sender;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Tries every invitation message that is due now, in queue order, and returns how many were sent. */
    int dispatchDue() {
        var dueAt = clock.instant();
        int sent = 0;

        Outcome outcome;
        while ((outcome = transactions.execute(status -> dispatchNext(dueAt))) != Outcome.NONE_DUE) {
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
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
            // The transaction can no longer record anything, so the message stays due for the next run.
            throw e;
        } catch (RuntimeException e) {
            recordFailure(message, dueAt, e);
            return Outcome.FAILED;
        }
    }

    private Outcome deliver(InvitationMessage message) {
        var now = clock.instant();
        var email = invitations.findUnsent(message.invitationId());
        if (email.isEmpty()) {
            messages.cancel(message.id(), now);
            log.info(
                    "Cancelled invitation message {} because invitation {} was replaced, accepted or expired",
                    message.id(),
                    message.invitationId());
            return Outcome.CANCELLED;
        }

        sender.send(message.id(), composer.compose(message.id(), email.get()));
        messages.markSent(message.id(), now);
        invitations.markSent(message.invitationId());
        metrics.messageSent();

        log.info("Sent invitation message {} for invitation {}", message.id(), message.invitationId());
        return Outcome.SENT;
    }

    private void recordFailure(InvitationMessage message, Instant dueAt, RuntimeException failure) {
        int attempts = message.attempts() + 1;
        var failedAt = Collections.max(List.of(clock.instant(), dueAt));
        var nextAttemptAt = RetrySchedule.nextAttemptAt(failedAt, attempts);
        var description = FailureDescription.of(failure);

        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
        metrics.attemptFailed();

        if (attempts == RetrySchedule.ALERT_AFTER_ATTEMPTS) {
            log.error(
                    "Invitation message {} failed {} times, operator action needed (retries continue)",
                    message.id(),
                    attempts,
                    new NotificationFailedException(description, failure));
        } else if (Integer.bitCount(attempts) == 1) {
            log.warn(
                    "Invitation message {} failed on attempt {}, next attempt at {}: {}",
                    message.id(),
                    attempts,
                    nextAttemptAt,
                    description);
        } else {
            log.debug(
                    "Invitation message {} failed on attempt {}, next attempt at {}",
                    message.id(),
                    attempts,
                    nextAttemptAt);
        }
    }

    private enum Outcome {
        SENT,
        CANCELLED,
        FAILED,
        NONE_DUE
    }
}
