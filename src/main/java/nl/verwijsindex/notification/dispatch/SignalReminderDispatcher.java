package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.mail.ReminderMailComposer;
import nl.verwijsindex.notification.outbox.SignalReminders;
import nl.verwijsindex.notification.outbox.SignalReminders.ReminderKind;
import nl.verwijsindex.notification.outbox.SignalReminders.SignalReminder;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ActiveSignals;
import nl.verwijsindex.registration.ActiveSignals.ActiveSignal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued reminders to the professional of the signal at the time of sending, with the
 * transactions, retries and operator alert of {@link QueuedMessageDispatcher}. A reminder that is
 * no longer needed is cancelled instead: its signal was archived, informing was recorded meanwhile,
 * or its end date changed (a new ending reminder follows if the new date comes near). Each sent
 * reminder records one audit entry, with the child of its signal.
 */
@Component
class SignalReminderDispatcher extends QueuedMessageDispatcher<SignalReminder> {

    private final SignalReminders reminders;
    private final ActiveSignals signals;
    private final Professionals professionals;
    private final ReminderMailComposer composer;

    SignalReminderDispatcher(
            SignalReminders reminders,
            ActiveSignals signals,
            Professionals professionals,
            ReminderMailComposer composer,
            NotificationSender sender,
            AuditTrail trail,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        super(sender, metrics, transactionManager, clock, trail);
        this.reminders = reminders;
        this.signals = signals;
        this.professionals = professionals;
        this.composer = composer;
    }

    @Override
    protected Optional<SignalReminder> claimNextDue(Instant dueAt) {
        return reminders.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(SignalReminder reminder) {
        var now = clock.instant();
        var signal = signals.find(reminder.signalId());
        if (signal.isEmpty()) {
            return cancel(reminder, "the signal is no longer active");
        }
        var active = signal.get();
        var reason = cancelReason(reminder, active);
        if (reason != null) {
            return cancel(reminder, reason);
        }

        // NOTE: a professional whose account was deactivated still gets the reminder, because the
        // contact details do not say whether the account is active. Their organisation is expected to
        // transfer such signals to a colleague.
        var recipient = professionals.contacts(List.of(active.professionalId())).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Professional " + active.professionalId() + " not found"));
        var email = reminder.kind() == ReminderKind.INFORMING
                ? composer.informingReminder(reminder.id(), recipient, active, parties(reminder))
                : composer.endingReminder(reminder.id(), recipient, active);
        sender.send(reminder.id(), email);
        reminders.markSent(reminder.id(), now);
        metrics.messageSent();

        log.info(
                "Sent {} reminder {} of signal {} to professional {}",
                reminder.kind().code(),
                reminder.id(),
                active.id(),
                active.professionalId());
        return Outcome.SENT;
    }

    private Outcome cancel(SignalReminder reminder, String reason) {
        reminders.cancel(reminder.id(), clock.instant());
        log.info("Cancelled reminder {} of signal {} because {}", reminder.id(), reminder.signalId(), reason);
        return Outcome.CANCELLED;
    }

    /** Returns why the reminder is no longer needed, or null when it still is. */
    private static @Nullable String cancelReason(SignalReminder reminder, ActiveSignal signal) {
        if (reminder.kind() == ReminderKind.INFORMING && signal.informingRecorded()) {
            return "informing was recorded meanwhile";
        }
        if (reminder.kind() == ReminderKind.ENDING && !signal.endDate().equals(reminder.endDate())) {
            return "its end date changed to " + signal.endDate();
        }
        return null;
    }

    private static ActiveSignals.InformingParties parties(SignalReminder reminder) {
        var parties = reminder.parties();
        if (parties == null) {
            throw new IllegalStateException("Informing reminder " + reminder.id() + " names no parties");
        }
        return parties;
    }

    @Override
    protected int failedAttempts(SignalReminder reminder) {
        return reminder.attempts();
    }

    @Override
    protected void storeFailure(SignalReminder reminder, int attempts, String description, Instant nextAttemptAt) {
        reminders.recordFailure(reminder.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String auditPurpose(SignalReminder reminder) {
        return reminder.kind().purpose();
    }

    @Override
    protected UUID messageId(SignalReminder reminder) {
        return reminder.id();
    }

    @Override
    protected Optional<Pseudonym> auditChild(SignalReminder reminder) {
        return signals.find(reminder.signalId()).map(ActiveSignal::child);
    }

    @Override
    protected String logName(SignalReminder reminder) {
        return "Reminder " + reminder.id() + " of signal " + reminder.signalId();
    }
}
