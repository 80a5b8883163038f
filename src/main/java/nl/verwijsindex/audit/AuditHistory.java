package nl.verwijsindex.audit;

import java.util.List;
import nl.verwijsindex.pseudonymisation.Pseudonym;

/** Reads entries back from the audit trail, without changing it. */
public interface AuditHistory {

    /**
     * Returns every entry about the child, oldest first. It first chains the entries committed
     * before the call, so that they are included, but not the caller's own uncommitted entries.
     * Rows whose values someone changed so that they no longer form an entry are left out, and the
     * chain verification names them.
     */
    List<RecordedEntry> ofChild(Pseudonym child);
}
