package nl.verwijsindex.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.notification.dispatch.DispatchPause;
import nl.verwijsindex.notification.outbox.Withholding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the emails of the demo's generated year out of the mail. The demo pauses sending while it
 * generates the year. It then withholds the match emails, coordination emails and border notices
 * queued before a day it chooses, and ends the pause, so that only the later ones are sent. Nothing
 * else calls this.
 */
@Component
public class DemoHistoryOutbox {

    /** The reason that the outbox page shows for the withheld messages. */
    public static final String REASON = "generated-demo-history";

    /** The audit purpose of withholding one message. */
    static final String WITHHOLD_MESSAGE = "withhold-message";

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryOutbox.class);

    private final DispatchPause pause;
    private final Withholding withholding;
    private final AuditTrail trail;
    private final Clock clock;

    DemoHistoryOutbox(DispatchPause pause, Withholding withholding, AuditTrail trail, Clock clock) {
        this.pause = pause;
        this.withholding = withholding;
        this.trail = trail;
        this.clock = clock;
    }

    /** Stops sending on this node until {@link #endPause()}. Queued messages wait. */
    public void pauseSending() {
        pause.pause();
        log.info("Outbox sending paused for the demo history");
    }

    public void endPause() {
        pause.end();
        log.info("Outbox sending resumed after the demo history");
    }

    /**
     * Withholds every match email, coordination email and border notice that waits and was queued
     * before the instant, so that no dispatcher sends it, and records one audit entry per message,
     * in one transaction. Other kinds of messages are left as they are.
     */
    @Transactional
    public WithheldCounts withholdQueuedBefore(Instant queuedBefore, AuditActor actor) {
        var withheld = withholding.withholdQueuedBefore(queuedBefore, REASON, clock.instant());
        record(withheld.matchMessages(), actor);
        record(withheld.coordinationMessages(), actor);
        record(withheld.borderNotices(), actor);

        var counts = new WithheldCounts(
                withheld.matchMessages().size(),
                withheld.coordinationMessages().size(),
                withheld.borderNotices().size());
        log.info("Withheld the messages queued before {}: {}", queuedBefore, counts);
        return counts;
    }

    private void record(List<UUID> messageIds, AuditActor actor) {
        for (var id : messageIds) {
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, WITHHOLD_MESSAGE)
                    .by(actor)
                    .about("message", id));
        }
    }

    /** How many messages of each kind were withheld. */
    public record WithheldCounts(int matchEmails, int coordinationEmails, int borderNotices) {

        @Override
        public String toString() {
            return matchEmails + " match emails, " + coordinationEmails + " coordination emails and " + borderNotices
                    + " border notices";
        }
    }
}
