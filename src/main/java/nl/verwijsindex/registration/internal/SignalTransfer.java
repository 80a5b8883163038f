package nl.verwijsindex.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import nl.verwijsindex.registration.SignalEnded;
import nl.verwijsindex.registration.SignalTransferred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the active signals of a departing professional over to a colleague in the same
 * organisation. The callers have checked that both professionals belong to the organisation and
 * that the colleague may register.
 *
 * <p>Each signal moves in its own transaction under the family locks of its child, as a
 * registration does. Each transaction locks one family, in the ascending key order of
 * {@link FamilyLocks}, so a transfer and a registration never wait for each other in a cycle. A failure leaves the signals already
 * moved with the colleague. Under the lock, each signal is read again and one of three things
 * happens:
 *
 * <ul>
 *   <li>It is no longer active or no longer the departing professional's: it is skipped.
 *   <li>The colleague already has an active signal on the same child: a professional may hold
 *       only one. The colleague's signal is kept, with its own end date and own reference, and the
 *       departing professional's signal is archived with reason {@code transferred}. Matching then
 *       treats it as any archived signal, and the colleague stays in the matches through their own
 *       signal.
 *   <li>Otherwise the signal gets the colleague as its professional and keeps its id, number,
 *       dates and own reference. {@link SignalTransferred} lets matching introduce the colleague
 *       to the other professionals in its matches, through the usual match notifications.
 * </ul>
 */
// NOTE: match emails still pending for the departing professional, or introducing them to others,
// are sent as queued. They were correct when the match was made, and the colleague's introductions follow.
@Service
class SignalTransfer {

    private static final Logger log = LoggerFactory.getLogger(SignalTransfer.class);

    /** The end reason of a signal archived because the colleague already had one on the same child. */
    static final String TRANSFERRED = "transferred";

    private final Signals signals;
    private final OrganisationSignalRows rows;
    private final FamilyLocks locks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignalTransfer(
            Signals signals,
            OrganisationSignalRows rows,
            FamilyLocks locks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.signals = signals;
        this.rows = rows;
        this.locks = locks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    TransferOutcome transfer(
            UUID organisationId, UUID fromProfessionalId, UUID toProfessionalId, Collection<UUID> signalIds) {
        int transferred = 0;
        int archived = 0;
        int skipped = 0;
        for (var signalId : signalIds) {
            var result = Objects.requireNonNull(transactions.execute(
                    status -> transferOne(organisationId, fromProfessionalId, toProfessionalId, signalId)));
            switch (result) {
                case TRANSFERRED -> transferred++;
                case ARCHIVED -> archived++;
                case SKIPPED -> skipped++;
            }
        }

        log.info(
                "Signals of professional {} handed over to {}: {} transferred, {} archived as duplicate, {} skipped",
                fromProfessionalId,
                toProfessionalId,
                transferred,
                archived,
                skipped);
        return new TransferOutcome(transferred, archived, skipped);
    }

    private Result transferOne(UUID organisationId, UUID fromProfessionalId, UUID toProfessionalId, UUID signalId) {
        var found = signals.findInOrganisation(signalId, organisationId);
        if (found.isEmpty()) {
            return Result.SKIPPED;
        }
        locks.lock(found.get().child(), found.get().parents());
        // Read again under the lock: a concurrent request may have ended or moved it meanwhile.
        var signal = signals.findInOrganisation(signalId, organisationId).orElse(null);
        if (signal == null || !signal.active() || !signal.professionalId().equals(fromProfessionalId)) {
            return Result.SKIPPED;
        }

        var today = LocalDate.now(clock);
        if (signals.findActive(signal.child(), toProfessionalId).isPresent()) {
            signals.archive(signalId, today, TRANSFERRED);
            events.publishEvent(new SignalEnded(signalId, today, false));
            return Result.ARCHIVED;
        }

        rows.reassign(signalId, toProfessionalId);
        events.publishEvent(new SignalTransferred(
                signalId, fromProfessionalId, toProfessionalId, signal.child(), signal.parents(), today));
        return Result.TRANSFERRED;
    }

    private enum Result {
        TRANSFERRED,
        ARCHIVED,
        SKIPPED
    }

    /**
     * The counts of a transfer.
     *
     * @param transferred signals that now belong to the colleague
     * @param archived signals archived because the colleague already had one on the same child
     * @param skipped signals that had ended or moved before their turn came
     */
    record TransferOutcome(int transferred, int archived, int skipped) {}
}
