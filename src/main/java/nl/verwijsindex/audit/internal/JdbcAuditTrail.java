package nl.verwijsindex.audit.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts entries unchained, without a lock, and requests a chaining run from the worker once the
 * inserting transaction has committed.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;
    private final ChainingWorker chaining;

    JdbcAuditTrail(AuditEntries entries, Clock clock, ChainingWorker chaining) {
        this.entries = entries;
        this.clock = clock;
        this.chaining = chaining;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        insert(entry);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(AuditEntry entry) {
        insert(entry);
    }

    @Override
    @Transactional
    public void recordAll(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entries.insertAllUnchained(batch, now);
        requestChainingAfterCommit();
    }

    private void insert(AuditEntry entry) {
        // PostgreSQL keeps microseconds, and the hash must match what is read back.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entries.insertUnchained(now, entry);
        requestChainingAfterCommit();
    }

    private void requestChainingAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chaining.requestRun();
            }
        });
    }
}
