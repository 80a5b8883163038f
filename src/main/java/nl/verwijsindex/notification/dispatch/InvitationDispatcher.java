package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.InvitationEmails;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.mail.NotificationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.InvitationMessages;
import nl.verwijsindex.notification.outbox.InvitationMessages.InvitationMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued invitation emails the way {@link NotificationDispatcher} sends match notifications,
 * with the same transactions, retries and operator alert. The transaction that marks a message
 * sent also deletes the invitation's encrypted token, so the database keeps no usable link once
 * the email has left.
 */
@Component
class InvitationDispatcher extends QueuedMessageDispatcher<InvitationMessage> {

    private final InvitationMessages messages;
    private final InvitationEmails invitations;
    private final NotificationMailComposer composer;

    InvitationDispatcher(
            InvitationMessages messages,
            InvitationEmails invitations,
            NotificationMailComposer composer,
            NotificationSender sender,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AuditTrail trail) {
        super(sender, metrics, transactionManager, clock, trail);
        this.messages = messages;
        this.invitations = invitations;
        this.composer = composer;
    }

    @Override
    protected Optional<InvitationMessage> claimNextDue(Instant dueAt) {
        return messages.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(InvitationMessage message) {
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

    @Override
    protected String auditPurpose(InvitationMessage message) {
        return "invitation-email";
    }

    @Override
    protected UUID messageId(InvitationMessage message) {
        return message.id();
    }

    @Override
    protected int failedAttempts(InvitationMessage message) {
        return message.attempts();
    }

    @Override
    protected void storeFailure(InvitationMessage message, int attempts, String description, Instant nextAttemptAt) {
        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String logName(InvitationMessage message) {
        return "Invitation message " + message.id();
    }
}
