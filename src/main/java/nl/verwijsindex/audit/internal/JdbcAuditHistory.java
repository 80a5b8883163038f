package nl.verwijsindex.audit.internal;

import java.util.List;
import nl.verwijsindex.audit.AuditHistory;
import nl.verwijsindex.audit.RecordedEntry;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.springframework.stereotype.Service;

@Service
class JdbcAuditHistory implements AuditHistory {

    private final AuditEntries entries;

    JdbcAuditHistory(AuditEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<RecordedEntry> ofChild(Pseudonym child) {
        return entries.findByChild(child).stream()
                .map(stored -> new RecordedEntry(stored.sequence(), stored.recordedAt(), stored.entry()))
                .toList();
    }
}
