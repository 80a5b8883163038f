package nl.verwijsindex.audit.internal;

import java.util.List;
import nl.verwijsindex.audit.AuditHistory;
import nl.verwijsindex.audit.RecordedEntry;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.springframework.stereotype.Service;

@Service
class JdbcAuditHistory implements AuditHistory {

    private final AuditEntries entries;
    private final AuditChainer chainer;

    JdbcAuditHistory(AuditEntries entries, AuditChainer chainer) {
        this.entries = entries;
        this.chainer = chainer;
    }

    @Override
    public List<RecordedEntry> ofChild(Pseudonym child) {
        chainer.chainPending();
        return entries.findByChild(child).stream()
                .map(stored -> new RecordedEntry(stored.sequence(), stored.recordedAt(), stored.entry()))
                .toList();
    }
}
