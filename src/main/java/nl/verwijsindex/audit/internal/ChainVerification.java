package nl.verwijsindex.audit.internal;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain from the anchor and checks every entry: its number follows the one before, its
 * hash matches its canonical form, and its previous hash is the hash of the entry before. The
 * result also counts the rows that chaining set aside, because the chain does not protect them.
 *
 * <p>NOTE: deleting the newest entries leaves a shorter chain that is still intact. Only a copy of
 * the last sequence number and hash kept outside the database, such as the one the audit page
 * shows, reveals that.
 */
@Service
public class ChainVerification {

    private static final Logger log = LoggerFactory.getLogger(ChainVerification.class);
    private static final int PAGE_SIZE = 1000;

    private final AuditEntries entries;
    private final AuditChainer chainer;
    private final TransactionTemplate snapshot;

    ChainVerification(AuditEntries entries, AuditChainer chainer, PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.chainer = chainer;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // A new transaction, so that the snapshot starts after the chaining commit.
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Chains the entries committed before the call, and then verifies the chain as one snapshot, so
     * that retention running at the same time cannot confuse it.
     */
    public VerificationResult verify() {
        chainer.chainPending();
        return Objects.requireNonNull(snapshot.execute(status -> verifySnapshot()));
    }

    private VerificationResult verifySnapshot() {
        var anchor = entries.anchor();
        var expected = anchor.sequence() + 1;
        var previousHash = anchor.hash();
        long count = 0;
        var setAside = entries.findSetAside(VerificationResult.SET_ASIDE_LISTED);

        var page = entries.findAfter(anchor.sequence(), PAGE_SIZE);
        while (!page.isEmpty()) {
            for (var row : page) {
                var problem = check(row, expected, previousHash);
                if (problem != null) {
                    log.warn(
                            "Audit trail verification failed: entry {} is {}, and {} rows outside the chain are set aside",
                            problem.sequence(),
                            problem.problem(),
                            setAside.count());
                    return problem.withSetAside(setAside.count(), setAside.firstIds());
                }
                previousHash = row.stored().hash();
                expected++;
                count++;
            }
            page = entries.findAfter(expected - 1, PAGE_SIZE);
        }

        if (setAside.count() > 0) {
            log.warn(
                    "Audit trail verified: {} entries intact, the last is {}, but {} rows outside the chain are set aside,"
                            + " the first ids {}",
                    count,
                    expected - 1,
                    setAside.count(),
                    setAside.firstIds());
        } else {
            log.info("Audit trail verified: {} entries intact, the last is {}", count, expected - 1);
        }
        return VerificationResult.intact(count, expected - 1, previousHash, setAside.count(), setAside.firstIds());
    }

    private static VerificationResult.@Nullable Broken check(AuditEntries.Row row, long expected, byte[] previousHash) {
        if (row.sequence() != expected) {
            return new VerificationResult.Broken(expected, VerificationResult.Problem.MISSING);
        }
        var stored = row.stored();
        if (stored == null) {
            return new VerificationResult.Broken(expected, VerificationResult.Problem.CHANGED);
        }
        var recomputed =
                EntryHashes.hash(stored.sequence(), stored.recordedAt(), stored.entry(), stored.previousHash());
        if (!Arrays.equals(recomputed, stored.hash())) {
            return new VerificationResult.Broken(expected, VerificationResult.Problem.CHANGED);
        }
        if (!Arrays.equals(previousHash, stored.previousHash())) {
            return new VerificationResult.Broken(expected, VerificationResult.Problem.UNLINKED);
        }
        return null;
    }
}
