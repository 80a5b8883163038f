package nl.verwijsindex.audit;

import java.util.List;

/**
 * Appends entries to the audit trail. Each entry gets the next sequence number, the time of the
 * application's clock in UTC, and the SHA-256 hash that chains it to the entry before.
 *
 * <p>Appends from every thread and node are serialised by one PostgreSQL advisory lock, held until
 * the appending transaction ends. Record an entry as the last step of a use case, after its other
 * locks, because an earlier append makes every other append wait longer, and can deadlock with a
 * use case that takes the same locks in another order. The
 * caller's transaction must use the isolation level READ COMMITTED (the default), so that it sees
 * the entry appended just before it; at a higher level an append can fail on a duplicate number.
 */
public interface AuditTrail {

    /**
     * Appends the entry in the caller's transaction, or in a transaction of its own when there is
     * none. A rolled-back use case therefore leaves no entry.
     */
    void record(AuditEntry entry);

    /**
     * Appends the entry in a transaction of its own that commits at once, for a step that must
     * leave a trace even when the caller's transaction rolls back, such as a failed login.
     */
    void recordSeparately(AuditEntry entry);

    /**
     * Appends the entries in their order in the caller's transaction, under one take of the append
     * lock and with one insert, for a use case that records many entries at once, such as the bulk
     * import. Every entry gets the same time. The lock is held until the transaction ends, so call
     * this last.
     */
    void recordAll(List<AuditEntry> entries);
}
