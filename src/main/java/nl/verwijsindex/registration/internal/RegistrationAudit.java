package nl.verwijsindex.registration.internal;

import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records registrations in the audit trail: a new signal as a write, an existing signal returned
 * again as a read, and a rejected or failed request with no object. An API client acts on behalf
 * of the professional it names; a professional's account acts for itself.
 */
@Component
class RegistrationAudit {

    static final String PURPOSE = "register-signal";

    private final AuditTrail trail;

    RegistrationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records the registration in the registering transaction, so that a rollback removes the entry too. */
    void registered(RegisterSignal request, Registration registration, Pseudonym child) {
        var action = registration.created() ? AuditAction.WRITE : AuditAction.READ;
        trail.record(entry(request, action, AuditOutcome.SUCCESS)
                .about("signal", registration.signal().id())
                .child(child));
    }

    /**
     * Records a request that stored nothing, in a transaction of its own.
     *
     * @param child the pseudonym of the BSN when it passed the 11-test, otherwise {@code null}
     */
    void notRegistered(RegisterSignal request, AuditOutcome outcome, @Nullable Pseudonym child) {
        trail.recordSeparately(entry(request, AuditAction.WRITE, outcome).child(child));
    }

    private static AuditEntry entry(RegisterSignal request, AuditAction action, AuditOutcome outcome) {
        var onBehalfOf = "api-client".equals(request.actor().type()) ? request.professionalId() : null;
        return AuditEntry.of(action, outcome, PURPOSE)
                .by(request.actor())
                .onBehalfOf(onBehalfOf)
                .from(request.origin());
    }
}
