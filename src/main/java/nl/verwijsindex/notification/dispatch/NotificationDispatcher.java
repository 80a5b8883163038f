package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.coordination.ProposedCoordinators;
import nl.verwijsindex.notification.mail.MatchNotification;
import nl.verwijsindex.notification.mail.NotificationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.NotificationMessage;
import nl.verwijsindex.notification.outbox.NotificationMessages;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.registration.SignalReferences;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued match notifications, each claimed, sent and marked sent in a transaction of its own
 * (see {@link QueuedMessageDispatcher}). A message is sent again only when the server accepted it
 * but the transaction then failed to commit. The copy has the same {@code Message-ID}, so mail
 * clients can recognise it.
 */
@Component
class NotificationDispatcher extends QueuedMessageDispatcher<NotificationMessage> {

    private final NotificationMessages messages;
    private final Professionals professionals;
    private final SignalReferences signalReferences;
    private final NotificationMailComposer composer;
    private final ProposedCoordinators proposedCoordinators;

    NotificationDispatcher(
            NotificationMessages messages,
            Professionals professionals,
            SignalReferences signalReferences,
            ProposedCoordinators proposedCoordinators,
            NotificationMailComposer composer,
            NotificationSender sender,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AuditTrail trail) {
        super(sender, metrics, transactionManager, clock, trail);
        this.messages = messages;
        this.professionals = professionals;
        this.signalReferences = signalReferences;
        this.proposedCoordinators = proposedCoordinators;
        this.composer = composer;
    }

    @Override
    protected Optional<NotificationMessage> claimNextDue(Instant dueAt) {
        return messages.claimNextDue(dueAt);
    }

    /** Updates the gauge of messages that are not sent yet. */
    @Override
    protected void afterRun() {
        metrics.pendingMessages(messages.countPending());
    }

    @Override
    protected Outcome deliver(NotificationMessage message) {
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
        var proposedId = stillProposed(message);
        var ids = new LinkedHashSet<UUID>();
        ids.add(message.recipientProfessionalId());
        ids.addAll(otherIds);
        if (proposedId != null) {
            ids.add(proposedId);
        }
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
                others,
                proposedId == null ? null : contacts.get(proposedId));
    }

    /**
     * Returns the proposed coordinator of the queued message while they are still proposed. A
     * proposal that was accepted, declined or replaced before sending is left out, because the
     * change sends an email of its own.
     */
    private @Nullable UUID stillProposed(NotificationMessage message) {
        var queued = message.proposedCoordinatorId();
        if (queued == null) {
            return null;
        }
        return proposedCoordinators
                .find(message.matchId())
                .filter(queued::equals)
                .orElse(null);
    }

    @Override
    protected int failedAttempts(NotificationMessage message) {
        return message.attempts();
    }

    @Override
    protected void storeFailure(NotificationMessage message, int attempts, String description, Instant nextAttemptAt) {
        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String auditPurpose(NotificationMessage message) {
        return "match-notification";
    }

    @Override
    protected UUID messageId(NotificationMessage message) {
        return message.id();
    }

    /** Returns the child of the recipient's signal, which a sent message's signal still has. */
    @Override
    protected Optional<Pseudonym> auditChild(NotificationMessage message) {
        return signalReferences.childOf(message.recipientSignalId());
    }

    @Override
    protected String logName(NotificationMessage message) {
        return "Notification " + message.id();
    }

    @Override
    protected String alertName(NotificationMessage message) {
        return "Notification " + message.id() + " for professional " + message.recipientProfessionalId();
    }
}
