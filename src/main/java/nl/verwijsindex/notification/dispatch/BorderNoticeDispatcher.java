package nl.verwijsindex.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.coordination.OverseenMatches;
import nl.verwijsindex.notification.mail.BorderNoticeMailComposer;
import nl.verwijsindex.notification.mail.NotificationSender;
import nl.verwijsindex.notification.outbox.BorderNotices;
import nl.verwijsindex.notification.outbox.BorderNotices.BorderNotice;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends queued notices about matches across municipal borders to the municipal coordinator, with
 * the match as it is at the time of sending. A notice is cancelled when its match has ended or the
 * municipality no longer has a coordinator address. It runs on its own schedule, every {@code
 * VERWIJSINDEX_MAIL_DISPATCH_INTERVAL}, and each sent notice records one audit entry, which names
 * no child because a family match concerns two.
 */
@Component
class BorderNoticeDispatcher extends QueuedMessageDispatcher<BorderNotice> {

    static final String PURPOSE = "tell-border-crossing-match";

    /**
     * The language of the notices. NOTE: municipalities have no language setting, so every
     * coordinator gets Dutch, as with move notices.
     */
    static final Locale LANGUAGE = Locale.forLanguageTag("nl");

    private final BorderNotices notices;
    private final MunicipalCoordinators coordinators;
    private final OverseenMatches matches;
    private final BorderNoticeMailComposer composer;

    BorderNoticeDispatcher(
            BorderNotices notices,
            MunicipalCoordinators coordinators,
            OverseenMatches matches,
            BorderNoticeMailComposer composer,
            NotificationSender sender,
            AuditTrail trail,
            NotificationMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        super(sender, metrics, transactionManager, clock, trail);
        this.notices = notices;
        this.coordinators = coordinators;
        this.matches = matches;
        this.composer = composer;
    }

    @Scheduled(fixedDelayString = "${verwijsindex.mail.dispatch-interval}")
    void dispatchOnSchedule() {
        dispatchDue();
    }

    @Override
    protected Optional<BorderNotice> claimNextDue(Instant dueAt) {
        return notices.claimNextDue(dueAt);
    }

    @Override
    protected Outcome deliver(BorderNotice notice) {
        var municipality = coordinators
                .findByMunicipalityCode(notice.municipalityCode())
                .filter(MunicipalCoordinators.MunicipalCoordinator::hasCoordinator);
        if (municipality.isEmpty()) {
            return cancel(notice, "municipality " + notice.municipalityCode() + " has no coordinator address any more");
        }
        var match = matches.find(notice.matchId());
        if (match.isEmpty()) {
            return cancel(notice, "match " + notice.matchId() + " has ended");
        }

        var coordinator = municipality.get();
        var email = composer.compose(
                notice.id(), coordinator.coordinatorEmail(), coordinator.municipalityName(), LANGUAGE, match.get());
        sender.send(notice.id(), email);
        notices.delete(notice.id());
        metrics.messageSent();

        log.info(
                "Sent notice {} about match {} crossing a border to municipality {}",
                notice.id(),
                notice.matchId(),
                notice.municipalityCode());
        return Outcome.SENT;
    }

    private Outcome cancel(BorderNotice notice, String reason) {
        notices.delete(notice.id());
        log.info("Cancelled notice {} about a match crossing a border because {}", notice.id(), reason);
        return Outcome.CANCELLED;
    }

    @Override
    protected String auditPurpose(BorderNotice notice) {
        return PURPOSE;
    }

    @Override
    protected UUID messageId(BorderNotice notice) {
        return notice.id();
    }

    @Override
    protected int failedAttempts(BorderNotice notice) {
        return notice.attempts();
    }

    @Override
    protected void storeFailure(BorderNotice notice, int attempts, String description, Instant nextAttemptAt) {
        notices.recordFailure(notice.id(), attempts, description, nextAttemptAt);
    }

    @Override
    protected String logName(BorderNotice notice) {
        return "Border notice " + notice.id();
    }
}
