package nl.verwijsindex.system.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most a fixed number of API requests run at once. The others wait for a place in the order
 * they came, before they take a database connection. Without this limit a burst of requests waits
 * in the database connection pool, where the senders of match emails and the scheduled jobs wait
 * behind it, so that emails fall minutes behind under load. A request that waits longer than the
 * queue timeout gets a {@code 503} problem with {@code Retry-After}, and nothing of it is carried
 * out.
 *
 * <p>Meters: {@code verwijsindex.api.requests.waiting} (requests waiting for a place now) and
 * {@code verwijsindex.api.requests.rejected} (requests that got a {@code 503} after the timeout).
 */
final class ApiConcurrencyLimitFilter extends OncePerRequestFilter {

    static final String TITLE = "API busy";

    /** The seconds in the {@code Retry-After} header of a rejected request. */
    static final long RETRY_AFTER_SECONDS = 1;

    /** The shortest time between two log lines about rejected requests, so that a burst logs a few lines. */
    private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final Logger log = LoggerFactory.getLogger(ApiConcurrencyLimitFilter.class);

    private final Semaphore places;
    private final int maximum;
    private final Duration queueTimeout;
    private final ProblemResponseWriter writer;
    private final Counter rejected;
    private final AtomicLong rejectedSinceLog = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    ApiConcurrencyLimitFilter(
            int maximum, Duration queueTimeout, ProblemResponseWriter writer, MeterRegistry registry) {
        this.places = new Semaphore(maximum, true);
        this.maximum = maximum;
        this.queueTimeout = queueTimeout;
        this.writer = writer;
        Gauge.builder("verwijsindex.api.requests.waiting", places, Semaphore::getQueueLength)
                .description("API requests waiting for one of the places that run at once")
                .register(registry);
        this.rejected = Counter.builder("verwijsindex.api.requests.rejected")
                .description("API requests answered 503 because they waited longer than the queue timeout")
                .register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enter()) {
            reject(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private boolean enter() {
        try {
            return places.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void reject(HttpServletResponse response) throws IOException {
        rejected.increment();
        logRejection();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        writer.write(
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        TITLE,
                        "The index runs at most " + maximum + " API requests at once, and this request waited "
                                + queueTimeout.toMillis() + " ms for its turn without getting it, so nothing of it"
                                + " was carried out. Send it again after the seconds in the Retry-After header.",
                        List.of()),
                response);
    }

    private void logRejection() {
        long count = rejectedSinceLog.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogNanos.compareAndSet(last, now)) {
            rejectedSinceLog.addAndGet(-count);
            log.warn(
                    "Rejected {} API requests with 503 because they waited longer than {} for one of {} places"
                            + " (VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS, VERWIJSINDEX_API_QUEUE_TIMEOUT)",
                    count,
                    queueTimeout,
                    maximum);
        }
    }
}
