package nl.verwijsindex.audit.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verwijsindex.system.ExecutorShutdown;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Chains entries on one background thread per node. A run starts {@link #BATCH_DELAY} after a
 * transaction that recorded entries commits, and every {@link #SWEEP_INTERVAL}, which chains
 * entries left unchained when a node stopped between its commit and its chaining run. Requests that arrive while a run
 * waits to start are merged into it, so under load one run, with one commit, chains the entries of
 * many transactions.
 *
 * <p>It starts before and stops after the web server, and chains what is left when it stops.
 */
@Component
class ChainingWorker implements SmartLifecycle {

    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    /**
     * The wait between a request and its run. Commits within it share one run, which saves a
     * commit (a WAL flush) per transaction under load, at the cost of this much chaining delay.
     */
    static final Duration BATCH_DELAY = Duration.ofMillis(10);

    private static final Logger log = LoggerFactory.getLogger(ChainingWorker.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    /** Below the web server's phases, so that the worker stops after the last request ended. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final AuditChainer chainer;
    private final AtomicBoolean runRequested = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService executor;

    ChainingWorker(AuditChainer chainer) {
        this.chainer = chainer;
    }

    /**
     * Starts a chaining run soon, unless one is already waiting to start. Before the worker starts
     * and after it stops this does nothing, and the next sweep chains the entries.
     */
    void requestRun() {
        var running = executor;
        if (running == null || !runRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            running.schedule(this::run, BATCH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The worker is stopping, and stop() chains what is left.
            runRequested.set(false);
        }
    }

    private void run() {
        // Cleared before chaining, so that a commit during this run requests another one.
        runRequested.set(false);
        try {
            chainer.chainPending();
        } catch (RuntimeException e) {
            log.warn("Audit chaining failed, and the next run, at the latest in {}, tries again", SWEEP_INTERVAL, e);
        }
    }

    @Override
    public void start() {
        var started = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "audit-chaining");
            thread.setDaemon(true);
            return thread;
        });
        executor = started;
        started.scheduleWithFixedDelay(this::requestRun, 0, SWEEP_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Audit chaining started, with a sweep every {}", SWEEP_INTERVAL);
    }

    @Override
    public void stop() {
        var running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        if (!ExecutorShutdown.stop(running, SHUTDOWN_TIMEOUT, log, "Audit chaining")) {
            return;
        }
        try {
            var chained = chainer.chainPending();
            log.info("Audit chaining stopped after chaining the last {} entries", chained);
        } catch (RuntimeException e) {
            log.warn("Audit chaining at stop failed, so the next start chains the entries", e);
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
