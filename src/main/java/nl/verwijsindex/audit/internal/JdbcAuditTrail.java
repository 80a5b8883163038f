package nl.verwijsindex.audit.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries under the append lock: it reads the last link of the chain, and inserts the
 * next entry with that link's hash as its previous hash.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /**
     * How many transactions of this thread hold the append lock. A separate append while the
     * thread's own transaction holds the lock would wait for that transaction forever, so it is
     * rejected instead.
     */
    private static final ThreadLocal<Integer> locksHeld = ThreadLocal.withInitial(() -> 0);

    private final AuditEntries entries;
    private final Clock clock;

    JdbcAuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        append(entry);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when this thread's transaction already appended an entry, because
     *     the separate transaction would wait for that transaction's lock
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(AuditEntry entry) {
        if (locksHeld.get() > 0) {
            throw new IllegalStateException("Cannot record an audit entry separately after recording one in the"
                    + " same transaction: record the separate entry first, or after that transaction ends");
        }
        append(entry);
    }

    @Override
    @Transactional
    public void recordAll(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        takeLock();

        var last = entries.lastLink();
        var sequence = last.sequence();
        var previousHash = last.hash();
        var stored = new ArrayList<StoredEntry>(batch.size());
        for (var entry : batch) {
            sequence++;
            var hash = EntryHashes.hash(sequence, now, entry, previousHash);
            stored.add(new StoredEntry(sequence, now, entry, previousHash, hash));
            previousHash = hash;
        }
        entries.insertAll(stored, now);
    }

    private void append(AuditEntry entry) {
        // PostgreSQL keeps microseconds, and the hash must match what is read back.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        takeLock();

        var last = entries.lastLink();
        var sequence = last.sequence() + 1;
        var hash = EntryHashes.hash(sequence, now, entry, last.hash());
        entries.insert(new StoredEntry(sequence, now, entry, last.hash(), hash));
    }

    private void takeLock() {
        entries.lockForAppend();
        locksHeld.set(locksHeld.get() + 1);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                locksHeld.set(locksHeld.get() - 1);
            }
        });
    }
}
