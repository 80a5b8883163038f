package nl.verwijsindex.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import nl.verwijsindex.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends from two nodes at once: the application's trail and a second trail with a connection
 * pool and a chaining worker of its own on the same database, as a second instance of the index
 * would have. Both workers chain at the same time.
 */
class TwoNodeAppendIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerification verification;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    Clock applicationClock;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void emptyChain() throws Exception {
        new AuditChain(jdbc, context).reset();
    }

    @Test
    void appendsOfTwoNodesFormOneChain() throws Exception {
        int threadsPerNode = 25;
        int appendsPerThread = 4;
        var chain = new AuditChain(jdbc, context);
        try (var secondPool = secondPool()) {
            var secondTransactionManager = new DataSourceTransactionManager(secondPool);
            var secondEntries = new AuditEntries(new JdbcTemplate(secondPool));
            var secondWorker =
                    new ChainingWorker(new AuditChainer(secondEntries, secondTransactionManager, applicationClock));
            var secondTrail = new JdbcAuditTrail(secondEntries, applicationClock, secondWorker);
            var secondTransactions = new TransactionTemplate(secondTransactionManager);
            secondWorker.start();
            var executor = Executors.newFixedThreadPool(2 * threadsPerNode);
            var tasks = new ArrayList<Callable<Void>>();
            for (int thread = 0; thread < threadsPerNode; thread++) {
                tasks.add(() -> {
                    for (int i = 0; i < appendsPerThread; i++) {
                        trail.record(AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "first-node"));
                    }
                    return null;
                });
                tasks.add(() -> {
                    for (int i = 0; i < appendsPerThread; i++) {
                        secondTransactions.executeWithoutResult(status -> secondTrail.record(
                                AuditEntry.of(AuditAction.READ, AuditOutcome.SUCCESS, "second-node")));
                    }
                    return null;
                });
            }

            try {
                for (var future : executor.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                    future.get();
                }
                chain.awaitChained();
            } finally {
                executor.shutdownNow();
                secondWorker.stop();
            }
        }

        var rows = chain.after(0);
        assertThat(rows)
                .extracting(AuditChain.Row::sequence)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(rows).filteredOn(row -> row.purpose().equals("second-node")).hasSize(100);
        assertThat(verification.verify()).isInstanceOf(VerificationResult.Intact.class);
        assertThat(((VerificationResult.Intact) verification.verify()).count()).isEqualTo(200);
    }

    private HikariDataSource secondPool() {
        var pool = new HikariDataSource();
        pool.setPoolName("second-node");
        pool.setJdbcUrl(dataSource.getJdbcUrl());
        pool.setUsername(dataSource.getUsername());
        pool.setPassword(dataSource.getPassword());
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
