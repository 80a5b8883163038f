package nl.verwijsindex.registration.internal;

import java.util.UUID;
import nl.verwijsindex.access.ApiClient;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Records the reads and changes of existing signals in the audit trail, one entry per request. A
 * successful change is recorded in the change's transaction, which the caller opens with
 * {@link nl.verwijsindex.audit.AuditedChange}. A read or change of one signal names the signal and
 * its child's pseudonym. A list names the professional or organisation whose signals it showed.
 */
@Component
class SignalAudit {

    static final String LIST_SIGNALS = "list-signals";
    static final String READ_SIGNAL = "read-signal";
    static final String END_SIGNAL = "end-signal";
    static final String EXTEND_SIGNAL = "extend-signal";
    static final String RECORD_INFORMING = "record-informing";
    static final String POSTPONE_INFORMING = "postpone-informing";
    static final String LIST_ORGANISATION_SIGNALS = "list-organisation-signals";
    static final String READ_TRANSFER_SIGNALS = "read-transfer-signals";
    static final String TRANSFER_SIGNALS = "transfer-signals";

    private final AuditTrail trail;

    SignalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records a step on one signal, naming the signal and its child's pseudonym. */
    void signal(AuditAction action, AuditOutcome outcome, String purpose, Caller caller, Signal signal) {
        trail.record(caller.entry(action, outcome, purpose, signal.professionalId())
                .about("signal", signal.id())
                .child(signal.child()));
    }

    /**
     * Records a step that was rejected before its signal was read, because the request was invalid or
     * the signal was not found or not the caller's, in a transaction of its own. The entry names only
     * the id requested.
     */
    void rejectedRequest(AuditAction action, String purpose, Caller caller, UUID signalId) {
        trail.recordSeparately(
                caller.entry(action, AuditOutcome.REJECTED, purpose, null).about("signal", signalId));
    }

    /**
     * Records an API registration whose body was rejected before the registration read it, in a
     * transaction of its own, in the form that {@link RegistrationAudit} uses for a rejected request.
     *
     * @param professionalId the professional the request named, if it named one
     */
    void rejectedRegistration(Caller caller, @Nullable UUID professionalId) {
        trail.recordSeparately(
                caller.entry(AuditAction.WRITE, AuditOutcome.REJECTED, RegistrationAudit.PURPOSE, professionalId));
    }

    /** Records a list read or a change of many signals, naming the object whose signals it concerned. */
    void signals(
            AuditAction action, AuditOutcome outcome, String purpose, Caller caller, String objectType, UUID objectId) {
        trail.record(caller.entry(action, outcome, purpose, null).about(objectType, objectId));
    }

    /** Records a step on the signal that a check rejected or that failed, in a transaction of its own. */
    void unsuccessful(AuditAction action, AuditOutcome outcome, String purpose, Caller caller, Signal signal) {
        trail.recordSeparately(caller.entry(action, outcome, purpose, signal.professionalId())
                .about("signal", signal.id())
                .child(signal.child()));
    }

    /** Returns {@code rejected} for a 4xx status and {@code failed} for a 5xx one. */
    static AuditOutcome outcomeOf(HttpStatus status) {
        return status.is5xxServerError() ? AuditOutcome.FAILED : AuditOutcome.REJECTED;
    }

    /**
     * The caller of a request and its network address. An API client acts on behalf of the
     * professional whose signal it touched, and an account acts for itself.
     */
    record Caller(AuditActor actor, boolean apiClient, String origin) {

        static Caller of(SignedInAccount account, String origin) {
            return new Caller(account.auditActor(), false, origin);
        }

        static Caller of(ApiClient client, String origin) {
            return new Caller(client.auditActor(), true, origin);
        }

        AuditEntry entry(AuditAction action, AuditOutcome outcome, String purpose, @Nullable UUID professionalId) {
            return AuditEntry.of(action, outcome, purpose)
                    .by(actor)
                    .onBehalfOf(apiClient ? professionalId : null)
                    .from(origin);
        }
    }
}
