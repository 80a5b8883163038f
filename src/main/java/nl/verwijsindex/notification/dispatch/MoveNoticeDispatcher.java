package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.mail.ReminderMailComposer;
import nl.verwijsindex.notification.outbox.MoveNotices;
import nl.verwijsindex.notification.outbox.MoveNotices.MoveNotice;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ActiveSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued move notices to the coordinator of the municipality the child moved to, listing the
 * professionals who hold the child's active signals at the time of sending. The notice's row is
 * deleted once the email is sent, or when the child has no active signal left or the municipality
 * no coordinator address. Each sent notice records one audit entry.
 */
@Component
class MoveNoticeDispatcher extends QueuedMessageDispatcher<MoveNotice> {

    static final String PURPOSE = "tell-move";

    /**
     * The language of move notices. NOTE: municipalities have no language setting, so every
     * coordinator gets Dutch; the English texts serve once such a setting exists.
     */
    static final Locale LANGUAGE = Locale.forLanguageTag("nl");

    private final MoveNotices notices;
    private final MunicipalCoordinators coordinators;
    private final ActiveSignals signals;
    private final Professionals professionals;
    private final ReminderMailComposer composer;

    MoveNoticeDispatcher(
            MoveNotices notices,
            MunicipalCoordinators coordinators,
            ActiveSignals signals,
            Professionals professionals,
            ReminderMailComposer composer,
            NotificationSender sender,
            AuditTrail trail,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        super(sender, metrics, transactionManager, clock, trail);
        this.notices = notices;
        this.coordinators = coordinators;
        this.signals = signals;
        this.professionals = professionals;
        this.composer = composer;
    }

    @Override
    protected String auditPurpose(MoveNotice notice) {
        return PURPOSE;
    }

    @Override
    protected UUID messageId(MoveNotice notice) {
        return notice.id();
    }

    @Override
    protected Optional<Pseudonym> auditChild(MoveNotice notice) {
        return Optional.of(notice.child());
    }

    @Override
    protected Optional<MoveNotice> claimNextDue(Instant dueAt) {
        return notices.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(MoveNotice notice) {
        var municipality = coordinators
                .findByMunicipalityCode(notice.municipalityCode())
                .filter(MunicipalCoordinators.MunicipalCoordinator::hasCoordinator);
        if (municipality.isEmpty()) {
            return cancel(notice, "municipality " + notice.municipalityCode() + " has no coordinator address any more");
        }
        var active = signals.ofChild(notice.child());
        if (active.isEmpty()) {
            return cancel(notice, "the child has no active signal left");
        }

        var contacts =
                professionals
                        .contacts(active.stream()
                                .map(ActiveSignals.ActiveSignal::professionalId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));
        var holders = active.stream()
                .map(signal -> new ReminderMailComposer.Holder(
                        contactOf(contacts, signal.professionalId()), signal.number(), signal.registeredOn()))
                .toList();
        var coordinator = municipality.get();
        var email = composer.moveNotice(
                notice.id(), coordinator.coordinatorEmail(), coordinator.municipalityName(), LANGUAGE, holders);
        sender.send(notice.id(), email);
        notices.delete(notice.id());
        metrics.messageSent();

        log.info(
                "Sent move notice {} about {} active signals to municipality {}",
                notice.id(),
                holders.size(),
                notice.municipalityCode());
        return Outcome.SENT;
    }

    private Outcome cancel(MoveNotice notice, String reason) {
        notices.delete(notice.id());
        log.info("Cancelled move notice {} because {}", notice.id(), reason);
        return Outcome.CANCELLED;
    }

    private static ProfessionalContact contactOf(Map<UUID, ProfessionalContact> contacts, UUID id) {
        var contact = contacts.get(id);
        if (contact == null) {
            throw new IllegalStateException("Professional " + id + " not found");
        }
        return contact;
    }

    @Override
    protected int failedAttempts(MoveNotice notice) {
        return notice.attempts();
    }

    @Override
    protected void storeFailure(MoveNotice notice, int attempts, String description, Instant nextAttemptAt) {
        notices.recordFailure(notice.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String logName(MoveNotice notice) {
        return "Move notice " + notice.id();
    }
}
