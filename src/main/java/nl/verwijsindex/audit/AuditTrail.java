package nl.verwijsindex.audit;

import java.util.List;

/**
 * Appends entries to the audit trail. Each entry gets the time of the application's clock in UTC
 * when it is recorded. A background worker gives it its sequence number and the SHA-256 hash that
 * chains it to the entry before, right after the recording transaction commits. Appends therefore
 * take no lock, and transactions that record entries do not wait for each other.
 */
public interface AuditTrail {

    /**
     * Inserts the entry in the caller's transaction, or in a transaction of its own when there is
     * none. A rolled-back use case therefore leaves no entry.
     */
    void record(AuditEntry entry);

    /**
     * Inserts the entry in a transaction of its own that commits at once, for a step that must
     * leave a trace even when the caller's transaction rolls back, such as a failed login.
     */
    void recordSeparately(AuditEntry entry);

    /**
     * Inserts the entries in the caller's transaction with one statement, for a use case that
     * records many entries at once, such as the bulk import. Every entry gets the same time, and
     * they are chained in their order after the commit, like entries recorded one at a time.
     */
    void recordAll(List<AuditEntry> entries);
}
