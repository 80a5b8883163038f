package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.mail.ObjectionMailComposer;
import nl.verwijsindex.notification.outbox.ObjectionMessage;
import nl.verwijsindex.notification.outbox.ObjectionMessages;
import nl.verwijsindex.organisations.Professionals;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued emails about signals removed on objection, with the retries and operator alert of
 * every outbox dispatcher. It runs on its own schedule, every {@code VERWIJSINDEX_MAIL_DISPATCH_INTERVAL},
 * because such an email is not urgent. Each sent email records a {@code notification} audit entry.
 */
@Component
class ObjectionDispatcher extends QueuedMessageDispatcher<ObjectionMessage> {

    static final String PURPOSE = "notify-objection-upheld";

    private final ObjectionMessages messages;
    private final Professionals professionals;
    private final ObjectionMailComposer composer;

    ObjectionDispatcher(
            ObjectionMessages messages,
            Professionals professionals,
            ObjectionMailComposer composer,
            NotificationSender sender,
            AuditTrail trail,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        super(sender, metrics, transactionManager, clock, trail);
        this.messages = messages;
        this.professionals = professionals;
        this.composer = composer;
    }

    @Scheduled(fixedDelayString = "${verwijsindex.mail.dispatch-interval}")
    void dispatchOnSchedule() {
        dispatchDue();
    }

    @Override
    protected Optional<ObjectionMessage> claimNextDue(Instant dueAt) {
        return messages.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(ObjectionMessage message) {
        var recipient = professionals.contacts(List.of(message.recipientProfessionalId())).stream()
                .findFirst();
        if (recipient.isEmpty()) {
            messages.cancel(message.id());
            log.warn(
                    "Cancelled objection message {} because professional {} no longer exists",
                    message.id(),
                    message.recipientProfessionalId());
            return Outcome.CANCELLED;
        }

        sender.send(
                message.id(),
                composer.compose(message.id(), recipient.get(), message.signalNumber(), message.ownReference()));
        messages.markSent(message.id());
        metrics.messageSent();

        log.info("Sent objection message {} for signal {}", message.id(), message.signalId());
        return Outcome.SENT;
    }

    @Override
    protected int failedAttempts(ObjectionMessage message) {
        return message.attempts();
    }

    @Override
    protected void storeFailure(ObjectionMessage message, int attempts, String description, Instant nextAttemptAt) {
        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String auditPurpose(ObjectionMessage message) {
        return PURPOSE;
    }

    @Override
    protected UUID messageId(ObjectionMessage message) {
        return message.id();
    }

    @Override
    protected String logName(ObjectionMessage message) {
        return "Objection message " + message.id();
    }
}
