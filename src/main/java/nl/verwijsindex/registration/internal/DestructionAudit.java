package nl.verwijsindex.registration.internal;

import java.util.List;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.DestroyedSignal;
import nl.verwijsindex.registration.DestructionReason;
import org.springframework.stereotype.Component;

/**
 * Records destroyed signals in the audit trail: one write entry per signal, with object type
 * {@code signal}, the signal's id and the child's pseudonym, and no origin or on-whose-behalf. The
 * actor is the index itself, because no person destroys the signal directly, even when an officer's
 * decision on an objection led to it. A call that destroyed no signal records nothing.
 */
@Component
class DestructionAudit {

    /** The system actor of a destruction through {@link nl.verwijsindex.registration.ChildDestruction}. */
    static final String CHILD_DESTRUCTION_ACTOR = "child-destruction";

    /** The purpose of destroying an archived signal after its archive period. */
    static final String ARCHIVE_PERIOD_PURPOSE = "destroy-archived-signal";

    /** The system actor of destroying an archived signal: the retention job that does it. */
    static final String ARCHIVE_PERIOD_ACTOR = "destroy-archived-signals";

    private final AuditTrail trail;

    DestructionAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Returns the purpose code of a destruction for this reason, such as {@code destroy-23rd-birthday}. */
    static String purpose(DestructionReason reason) {
        return "destroy-" + reason.code();
    }

    void childSignalsDestroyed(Pseudonym child, List<DestroyedSignal> destroyed, DestructionReason reason) {
        for (var signal : destroyed) {
            record(signal, child, purpose(reason), CHILD_DESTRUCTION_ACTOR);
        }
    }

    void archivedSignalDestroyed(Pseudonym child, DestroyedSignal signal) {
        record(signal, child, ARCHIVE_PERIOD_PURPOSE, ARCHIVE_PERIOD_ACTOR);
    }

    private void record(DestroyedSignal signal, Pseudonym child, String purpose, String actor) {
        trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, purpose)
                .by(AuditActor.system(actor))
                .about("signal", signal.id())
                .child(child));
    }
}
