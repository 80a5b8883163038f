package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.notification.mail.CoordinationEmail;
import nl.verwijsindex.notification.mail.CoordinationMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.CoordinationMessage;
import nl.verwijsindex.notification.outbox.CoordinationMessages;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalReferences;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued emails about coordination changes, with the retries and operator alert of every
 * outbox dispatcher, every {@code VERWIJSINDEX_MAIL_DISPATCH_INTERVAL}. A message is cancelled
 * instead of sent when its match ended, or when the recipient or a professional the email names is
 * no longer a member. Such an email would describe members who left, and a departure that changes
 * the coordination queues an email of its own.
 */
@Component
class CoordinationDispatcher extends QueuedMessageDispatcher<CoordinationMessage> {

    static final String PURPOSE = "coordination-notification";

    private final CoordinationMessages messages;
    private final MatchMembers matchMembers;
    private final Professionals professionals;
    private final SignalReferences signalReferences;
    private final CoordinationMailComposer composer;

    CoordinationDispatcher(
            CoordinationMessages messages,
            MatchMembers matchMembers,
            Professionals professionals,
            SignalReferences signalReferences,
            CoordinationMailComposer composer,
            NotificationSender sender,
            AuditTrail trail,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        super(sender, metrics, transactionManager, clock, trail);
        this.messages = messages;
        this.matchMembers = matchMembers;
        this.professionals = professionals;
        this.signalReferences = signalReferences;
        this.composer = composer;
    }

    @Scheduled(fixedDelayString = "${verwijsindex.mail.dispatch-interval}")
    void dispatchOnSchedule() {
        dispatchDue();
    }

    @Override
    protected Optional<CoordinationMessage> claimNextDue(Instant dueAt) {
        return messages.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(CoordinationMessage message) {
        var match = matchMembers.findActive(message.matchId());
        if (match.isEmpty()) {
            return cancel(message, "match " + message.matchId() + " has ended");
        }
        var named = Stream.of(
                        message.recipientProfessionalId(),
                        message.actorProfessionalId(),
                        message.proposedCoordinatorId(),
                        message.coordinatorId())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var departed = named.stream().filter(id -> !match.get().hasMember(id)).toList();
        if (!departed.isEmpty()) {
            return cancel(message, "professionals " + departed + " are no longer members of the match");
        }
        var signal = signalReferences.find(message.recipientSignalId());
        if (signal.isEmpty()) {
            return cancel(message, "signal " + message.recipientSignalId() + " no longer exists");
        }

        var contacts = professionals.contacts(named).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));
        var missing = named.stream().filter(id -> !contacts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Professionals " + missing + " not found");
        }
        var email = new CoordinationEmail(
                message.id(),
                message.change(),
                message.matchType(),
                message.matchDate(),
                contacts.get(message.recipientProfessionalId()),
                signal.get().number(),
                contactOf(contacts, message.actorProfessionalId()),
                message.status(),
                contactOf(contacts, message.proposedCoordinatorId()),
                contactOf(contacts, message.coordinatorId()));
        sender.send(message.id(), composer.compose(email));
        messages.markSent(message.id(), clock.instant());
        metrics.messageSent();

        log.info(
                "Sent coordination message {} about change {} in match {} to professional {}",
                message.id(),
                message.change().code(),
                message.matchId(),
                message.recipientProfessionalId());
        return Outcome.SENT;
    }

    private Outcome cancel(CoordinationMessage message, String reason) {
        messages.cancel(message.id(), clock.instant());
        log.info("Cancelled coordination message {} because {}", message.id(), reason);
        return Outcome.CANCELLED;
    }

    private static @Nullable ProfessionalContact contactOf(
            Map<UUID, ProfessionalContact> contacts, @Nullable UUID professionalId) {
        return professionalId == null ? null : contacts.get(professionalId);
    }

    @Override
    protected int failedAttempts(CoordinationMessage message) {
        return message.attempts();
    }

    @Override
    protected void storeFailure(CoordinationMessage message, int attempts, String description, Instant nextAttemptAt) {
        messages.recordFailure(message.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String auditPurpose(CoordinationMessage message) {
        return PURPOSE;
    }

    @Override
    protected UUID messageId(CoordinationMessage message) {
        return message.id();
    }

    /** Returns the child of the recipient's own signal in the match, as a match notification does. */
    @Override
    protected Optional<Pseudonym> auditChild(CoordinationMessage message) {
        return signalReferences.childOf(message.recipientSignalId());
    }

    @Override
    protected String logName(CoordinationMessage message) {
        return "Coordination message " + message.id();
    }

    @Override
    protected String alertName(CoordinationMessage message) {
        return "Coordination message " + message.id() + " for professional " + message.recipientProfessionalId();
    }
}
