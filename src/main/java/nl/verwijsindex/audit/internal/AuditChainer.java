package nl.verwijsindex.audit.internal;

import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed, unchained entries their place in the chain. Under the append lock it reads the
 * last link, and then numbers and hashes the unchained entries in the order they were inserted.
 * Every node chains the entries of all nodes, one node at a time, so the numbers have no gaps.
 */
@Component
class AuditChainer {

    /** Entries chained per transaction; a larger backlog takes several. */
    static final int BATCH_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditEntries entries;
    private final TransactionTemplate transactions;

    AuditChainer(AuditEntries entries, PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.transactions = new TransactionTemplate(transactionManager);
        // A caller inside a transaction cannot see its own entries committed, so chaining never joins it.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Chains every entry committed before the call and returns how many it chained. */
    int chainPending() {
        int chained = 0;
        int batch;
        do {
            batch = requireCount(transactions.execute(status -> chainBatch()));
            chained += batch;
        } while (batch == BATCH_SIZE);
        return chained;
    }

    private int chainBatch() {
        entries.lockForAppend();
        var unchained = entries.findUnchained(BATCH_SIZE);
        if (unchained.isEmpty()) {
            return 0;
        }

        var last = entries.lastLink();
        var sequence = last.sequence();
        var previousHash = last.hash();
        var links = new ArrayList<AuditEntries.Link>(unchained.size());
        int unreadable = 0;
        for (var row : unchained) {
            if (row.entry() == null) {
                unreadable++;
                continue;
            }
            sequence++;
            var hash = EntryHashes.hash(sequence, row.recordedAt(), row.entry(), previousHash);
            links.add(new AuditEntries.Link(row.id(), sequence, previousHash, hash));
            previousHash = hash;
        }
        entries.chain(links);

        if (unreadable > 0) {
            // Only someone with the owner role can insert such a row, and it stays unchained.
            log.warn("Audit chaining skipped {} unchained rows whose values do not form an entry", unreadable);
        }
        log.debug("Audit chaining gave {} entries the numbers up to {}", links.size(), sequence);
        return unchained.size();
    }

    private static int requireCount(Integer count) {
        return count == null ? 0 : count;
    }
}
