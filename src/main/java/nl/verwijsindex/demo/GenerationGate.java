package nl.verwijsindex.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps web requests and scheduled jobs away from the demo clock while the demo history steps it
 * back. {@link #close()} waits until the requests and jobs that started before have finished, and
 * from then on {@link GenerationGateFilter} rejects requests with 503 and jobs wait in
 * {@link #runJob(Runnable)} until {@link #open()}.
 */
@Component
class GenerationGate {

    private static final Logger log = LoggerFactory.getLogger(GenerationGate.class);

    private boolean closed;
    private int runningRequests;
    private int runningJobs;

    /**
     * Closes the gate and waits until no request or job that entered before is running.
     *
     * @throws InterruptedException when the thread is interrupted while it waits, after opening the gate again
     */
    synchronized void close() throws InterruptedException {
        closed = true;
        try {
            while (runningRequests > 0 || runningJobs > 0) {
                log.info(
                        "Demo history: waiting for {} requests and {} jobs to finish before generating",
                        runningRequests,
                        runningJobs);
                wait(1000);
            }
        } catch (InterruptedException e) {
            open();
            throw e;
        }
    }

    synchronized void open() {
        closed = false;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Admits a web request unless the gate is closed, and returns whether it was admitted. */
    synchronized boolean enterRequest() {
        if (closed) {
            return false;
        }
        runningRequests++;
        return true;
    }

    synchronized void leaveRequest() {
        runningRequests--;
        notifyAll();
    }

    /**
     * Runs a scheduled job once the gate is open. A job that is interrupted while it waits is skipped,
     * and its next scheduled run takes its place.
     */
    void runJob(Runnable job) {
        synchronized (this) {
            while (closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            runningJobs++;
        }
        try {
            job.run();
        } finally {
            synchronized (this) {
                runningJobs--;
                notifyAll();
            }
        }
    }
}
