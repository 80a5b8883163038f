package nl.verwijsindex.bench.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the registrations of one benchmark step: a warm-up that is not measured, then the measured
 * window. A request belongs to the window when it starts in it. In the closed loop, each client sends
 * its next request when the response to the previous one arrives. In the open model, requests start on a fixed
 * schedule whatever the index's speed, and a request's latency runs from its scheduled start, so
 * that a slow index also shows the time requests waited for a free thread.
 */
final class LoadRun {

    /** Threads of the open model: enough to keep the schedule while the index responds slowly. */
    static final int OPEN_MODEL_THREADS = 256;

    private final RegistrationMix mix;
    private final SignalsApi api;
    private final Measurements measurements;
    private final RegistrationLog log;
    private final Runnable onWindowStart;
    private long windowStart;
    private long windowEnd;

    /** {@code onWindowStart} runs once, on a thread of its own, when the measured window starts. */
    LoadRun(
            RegistrationMix mix,
            SignalsApi api,
            Measurements measurements,
            RegistrationLog log,
            Runnable onWindowStart) {
        this.mix = mix;
        this.api = api;
        this.measurements = measurements;
        this.log = log;
        this.onWindowStart = onWindowStart;
    }

    void closedLoop(int clients, int warmupSeconds, int durationSeconds) throws InterruptedException {
        startWindow(warmupSeconds, durationSeconds);
        var pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                long start;
                while ((start = System.nanoTime()) < windowEnd) {
                    send(start);
                }
            });
        }
        awaitEnd(pool);
    }

    void openModel(double perSecond, int warmupSeconds, int durationSeconds) throws InterruptedException {
        startWindow(warmupSeconds, durationSeconds);
        var pool = Executors.newFixedThreadPool(OPEN_MODEL_THREADS);
        double intervalNanos = 1e9 / perSecond;
        long first = System.nanoTime();
        for (long i = 0; ; i++) {
            long scheduled = first + (long) (i * intervalNanos);
            if (scheduled >= windowEnd) {
                break;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pool.execute(() -> send(scheduled));
        }
        awaitEnd(pool);
    }

    private void startWindow(int warmupSeconds, int durationSeconds) {
        windowStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        windowEnd = windowStart + TimeUnit.SECONDS.toNanos(durationSeconds);
        var announcer = new Thread(this::announceWindowStart, "window-start");
        announcer.setDaemon(true);
        announcer.start();
    }

    private void announceWindowStart() {
        long remaining;
        while ((remaining = windowStart - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
        onWindowStart.run();
    }

    /** Sends one registration and records it. {@code start} is when it started or was scheduled to start. */
    private void send(long start) {
        var registration = mix.next();
        var outcome = api.register(registration);
        long latency = System.nanoTime() - start;
        boolean measured = start >= windowStart;

        if (outcome.status() == 201) {
            mix.created(registration);
        }
        log.record(registration, outcome, latency, System.currentTimeMillis(), measured);
        if (measured) {
            measurements.record(registration.kind(), outcome, latency);
        }
    }

    /** Waits for the requests in flight at the window's end, at most one request timeout. */
    private void awaitEnd(ExecutorService pool) throws InterruptedException {
        long remaining = windowEnd - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
        pool.shutdown();
        if (!pool.awaitTermination(SignalsApi.REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            System.err.println("Load driver: requests still running after the timeout were left unmeasured");
            pool.shutdownNow();
        }
    }
}
