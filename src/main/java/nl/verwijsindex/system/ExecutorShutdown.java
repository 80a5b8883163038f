package nl.verwijsindex.system;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/** Stops the executors that run a module's background work when the application stops. */
public final class ExecutorShutdown {

    private ExecutorShutdown() {}

    /**
     * Shuts the executor down and waits up to {@code timeout} for its running tasks. When they are
     * still running after the timeout, it logs a warning that starts with {@code name} on the
     * caller's logger and interrupts them.
     *
     * @return {@code false} when the calling thread was interrupted while it waited. The executor's
     *     tasks are then interrupted, and the calling thread's interrupt flag is set again.
     */
    public static boolean stop(ExecutorService executor, Duration timeout, Logger log, String name) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not finish within {}, so it is interrupted", name, timeout);
                executor.shutdownNow();
            }
            return true;
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
