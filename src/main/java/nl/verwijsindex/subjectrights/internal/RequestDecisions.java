package nl.verwijsindex.subjectrights.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.DestructionReason;
import nl.verwijsindex.subjectrights.SignalRemovedOnObjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes steps of a request: one officer proposes the outcome, and a second officer of the
 * same municipality, never the same account, approves it or sends it back. Only approval takes
 * effect: an upheld objection then destroys every signal of the child and publishes
 * {@link SignalRemovedOnObjection} for each, so that its professional is emailed.
 */
@Service
class RequestDecisions {

    /** The maximum length of the note with a proposal, in characters. */
    static final int MAXIMUM_NOTE_LENGTH = 1000;

    /**
     * Control characters and invisible formatting characters such as direction overrides, which can
     * make a note read as something else. Line breaks and tabs are allowed, because the note is
     * typed in a text area.
     */
    private static final Pattern CONTROL_CHARACTERS =
            Pattern.compile("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029&&[^\\r\\n\\t]]");

    private static final Logger log = LoggerFactory.getLogger(RequestDecisions.class);

    private final RightsRequests requests;
    private final RightsAudit audit;
    private final ChildDestruction destruction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestDecisions(
            RightsRequests requests,
            RightsAudit audit,
            ChildDestruction destruction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.destruction = destruction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the proposed outcome.
     *
     * @throws RequestRejectedException when the request is not open, the child is not looked up yet
     *     and the outcome needs the child, the outcome does not fit the kind of request, or a required note is missing or too long,
     *     or the note contains control characters or a BSN as {@link Bsn#appearsIn} finds it
     */
    @Transactional
    void propose(SignedInAccount account, UUID id, String outcome, String noteText, String origin) {
        var request = lock(account, id);
        if (request.status() != RequestStatus.OPEN) {
            throw new RequestRejectedException("not-open");
        }
        var proposal = Proposal.fromCode(outcome.trim()).filter(found -> found.fits(request.kind()));
        if (proposal.isEmpty()) {
            throw new RequestRejectedException("outcome-missing");
        }
        if (!request.childKnown() && !proposal.get().allowedWithoutChild()) {
            throw new RequestRejectedException("child-unknown");
        }
        var note = noteText.strip();
        if (proposal.get().needsNote() && note.isEmpty()) {
            throw new RequestRejectedException("note-missing");
        }
        checkText(note, "note");

        requests.storeProposal(id, proposal.get(), note.isEmpty() ? null : note, account.id());
        audit.record(AuditAction.WRITE, account, origin, id, request.child());
        log.info("Proposed outcome {} for rights request {}", proposal.get().code(), request.number());
    }

    /**
     * Approves the proposed outcome, which then takes effect.
     *
     * @throws RequestRejectedException when no outcome is proposed, or the approving officer proposed it
     */
    @Transactional
    void approve(SignedInAccount account, UUID id, String origin) {
        var request = checkedDecision(account, id, origin);
        if (request.proposal() == Proposal.UPHELD) {
            removeSignals(request);
        }

        requests.approve(id, account.id(), account.displayName(), clock.instant());
        audit.record(AuditAction.WRITE, account, origin, id, request.child());
        log.info("Approved outcome {} of rights request {}", request.proposal().code(), request.number());
    }

    /**
     * Sends the proposal back, so that the request is open again, with an optional reason that the
     * page shows to the proposer.
     *
     * @throws RequestRejectedException when no outcome is proposed, the officer proposed it, or the
     *     reason is too long or contains control characters or a BSN
     */
    @Transactional
    void sendBack(SignedInAccount account, UUID id, String reasonText, String origin) {
        var request = checkedDecision(account, id, origin);
        var reason = reasonText.strip();
        checkText(reason, "reason");

        requests.reopen(id, account.id(), account.displayName(), reason.isEmpty() ? null : reason);
        audit.record(AuditAction.WRITE, account, origin, id, request.child());
        log.info("Sent the proposal of rights request {} back", request.number());
    }

    /**
     * Rejects a note or reason that is too long, contains control characters or contains a BSN. The
     * message key starts with {@code field}, such as {@code note-contains-bsn}.
     */
    private static void checkText(String text, String field) {
        if (text.length() > MAXIMUM_NOTE_LENGTH) {
            throw new RequestRejectedException(field + "-too-long", MAXIMUM_NOTE_LENGTH, text.length());
        }
        if (CONTROL_CHARACTERS.matcher(text).find()) {
            throw new RequestRejectedException(field + "-control-characters");
        }
        if (Bsn.appearsIn(text)) {
            throw new RequestRejectedException(field + "-contains-bsn");
        }
    }

    private RightsRequest checkedDecision(SignedInAccount account, UUID id, String origin) {
        var request = lock(account, id);
        if (request.status() != RequestStatus.PROPOSED || request.proposal() == null) {
            throw new RequestRejectedException("not-proposed");
        }
        if (account.id().equals(request.proposedBy())) {
            audit.recordRejected(AuditAction.WRITE, account, origin, id, request.child());
            throw new RequestRejectedException("same-officer").recorded();
        }
        return request;
    }

    private void removeSignals(RightsRequest request) {
        var destroyed = destruction.destroySignals(request.child(), DestructionReason.OBJECTION_UPHELD);
        for (var signal : destroyed) {
            events.publishEvent(new SignalRemovedOnObjection(
                    signal.id(), signal.number(), signal.ownReference(), signal.professionalId(), request.child()));
        }
        log.info(
                "Destroyed {} signals on the upheld objection of rights request {}",
                destroyed.size(),
                request.number());
    }

    private RightsRequest lock(SignedInAccount account, UUID id) {
        return requests.lock(id, RequestHandling.municipalityOf(account))
                .orElseThrow(() -> new RequestNotFoundException(id));
    }
}
