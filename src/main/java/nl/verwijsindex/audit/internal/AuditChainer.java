package nl.verwijsindex.audit.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
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
 *
 * <p>A row whose values do not form an entry cannot be hashed. The application never writes one,
 * so it was inserted by hand. Chaining sets it aside in the same transaction, so that later runs, on any node and after a
 * restart, neither read it again nor stop at it.
 */
@Component
class AuditChainer {

    /** Entries chained per transaction; a larger backlog takes several. */
    static final int BATCH_SIZE = 500;

    /** The purpose, and the system actor's id, of the entry that records a row set aside. */
    static final String SET_ASIDE_PURPOSE = "audit-set-aside";

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditEntries entries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChainer(AuditEntries entries, PlatformTransactionManager transactionManager, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        // A caller inside a transaction cannot see its own entries committed, so chaining never joins it.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Chains every entry committed before the call and returns how many it chained. Rows whose
     * values do not form an entry are set aside instead, each recorded by an entry of its own, and one
     * warning names them.
     */
    int chainPending() {
        var setAside = new ArrayList<Long>();
        int chained = 0;
        Batch batch;
        try {
            do {
                batch = Objects.requireNonNull(transactions.execute(status -> chainBatch()));
                chained += batch.chained();
                setAside.addAll(batch.setAside());
                // A batch that set rows aside added their entries, which the next batch chains.
            } while (batch.read() == BATCH_SIZE || !batch.setAside().isEmpty());
        } finally {
            // Also after a failed batch, because the batches before it committed their rows set aside.
            warnOfSetAside(setAside);
        }
        return chained;
    }

    private Batch chainBatch() {
        entries.lockForAppend();
        var unchained = entries.findUnchained(BATCH_SIZE);
        if (unchained.isEmpty()) {
            return new Batch(0, 0, List.of());
        }

        var last = entries.lastLink();
        var sequence = last.sequence();
        var previousHash = last.hash();
        var links = new ArrayList<AuditEntries.Link>(unchained.size());
        var unreadable = new ArrayList<Long>();
        for (var row : unchained) {
            if (row.entry() == null) {
                unreadable.add(row.id());
                continue;
            }
            sequence++;
            var hash = EntryHashes.hash(sequence, row.recordedAt(), row.entry(), previousHash);
            links.add(new AuditEntries.Link(row.id(), sequence, previousHash, hash));
            previousHash = hash;
        }
        entries.chain(links);
        if (!unreadable.isEmpty()) {
            entries.setAside(unreadable);
            recordSetAside(unreadable);
        }

        log.debug("Audit chaining gave {} entries the numbers up to {}", links.size(), sequence);
        return new Batch(unchained.size(), links.size(), unreadable);
    }

    /**
     * Appends one entry per row set aside, naming the row's id, so that the chain keeps a record of
     * the row even after the owner role deletes it.
     */
    private void recordSetAside(List<Long> ids) {
        var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var records = ids.stream()
                .map(id -> AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, SET_ASIDE_PURPOSE)
                        .by(AuditActor.system(SET_ASIDE_PURPOSE))
                        .about("audit-row", id))
                .toList();
        entries.insertAllUnchained(records, recordedAt);
    }

    private static void warnOfSetAside(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        log.warn(
                "Audit chaining set aside {} unchained rows whose values do not form an entry, ids {}."
                        + " They stay outside the chain, and verification reports them until the owner role deletes them",
                ids.size(),
                ranges(ids));
    }

    /** Formats ids as ascending ranges, such as {@code 3-7, 12}, so that a long run of ids stays short. */
    static String ranges(List<Long> ids) {
        var sorted = ids.stream().distinct().sorted().toList();
        var text = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int end = i;
            while (end + 1 < sorted.size() && sorted.get(end + 1) == sorted.get(end) + 1) {
                end++;
            }
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(sorted.get(i));
            if (end > i) {
                text.append('-').append(sorted.get(end));
            }
            i = end + 1;
        }
        return text.toString();
    }

    /**
     * The result of one chaining transaction.
     *
     * @param read the rows it read, which is {@link #BATCH_SIZE} when more may be waiting
     * @param setAside the ids of the rows it set aside
     */
    private record Batch(int read, int chained, List<Long> setAside) {}
}
