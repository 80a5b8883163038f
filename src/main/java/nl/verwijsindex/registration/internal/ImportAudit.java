package nl.verwijsindex.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Records the bulk import in the audit trail: one write per stored signal, with the child's
 * pseudonym and the professional in whose name it was registered, because the inspection of a
 * child's data lists every write about the child; and one entry per run, whose object is the run's
 * row in {@code signal_imports} with the counts. Rows that were rejected or already present store
 * nothing, and the run's counts and report account for them.
 */
@Component
class ImportAudit {

    static final String ACTOR = "import-signals";
    static final String SIGNAL_PURPOSE = "import-signal";
    static final String RUN_PURPOSE = "import-signals";

    private final AuditTrail trail;

    ImportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Appends the entries of a chunk in its transaction, as its last step. */
    void imported(List<ImportedSignal> signals, List<UUID> ids) {
        var entries = new ArrayList<AuditEntry>(signals.size());
        for (int i = 0; i < signals.size(); i++) {
            var signal = signals.get(i);
            entries.add(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, SIGNAL_PURPOSE)
                    .by(AuditActor.system(ACTOR))
                    .onBehalfOf(signal.professional().id())
                    .about("signal", ids.get(i))
                    .child(signal.child()));
        }
        trail.recordAll(entries);
    }

    /** Records the end of a run, with {@link AuditOutcome#FAILED} when it stopped before the last row. */
    void run(UUID runId, boolean finished) {
        trail.record(
                AuditEntry.of(AuditAction.WRITE, finished ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, RUN_PURPOSE)
                        .by(AuditActor.system(ACTOR))
                        .about("signal-import", runId));
    }
}
