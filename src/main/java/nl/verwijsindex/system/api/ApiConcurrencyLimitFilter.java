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
import java.util.concurrent.atomic.AtomicInteger;
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
 * queue timeout, or that finds {@value #MAXIMUM_WAITING} requests waiting already, gets a {@code
 * 503} problem with {@code Retry-After}, and nothing of it is carried out.
 *
 * <p>Meters: {@code verwijsindex.api.requests.waiting} (requests waiting for a place now) and
 * {@code verwijsindex.api.requests.rejected} (requests that got a {@code 503} after the timeout).
 */
final class ApiConcurrencyLimitFilter extends OncePerRequestFilter {

    static final String TITLE = "API busy";

    /** The seconds in the {@code Retry-After} header of a rejected request. */
    static final long RETRY_AFTER_SECONDS = 1;

    /**
     * The maximum number of requests that wait at once; more get a {@code 503} at once. It keeps at least half of
     * Tomcat's 200 request threads free for the web pages and the health checks during a burst.
     */
    static final int MAXIMUM_WAITING = 100;

    /** The shortest time between two log lines about rejected requests, so that a burst logs a few lines. */
    private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final Logger log = LoggerFactory.getLogger(ApiConcurrencyLimitFilter.class);

    private final Semaphore places;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maximumWaiting;
    private final int maximum;
    private final Duration queueTimeout;
    private final ProblemResponseWriter writer;
    private final Counter rejected;
    private final AtomicLong rejectedSinceLog = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    ApiConcurrencyLimitFilter(
            int maximum, Duration queueTimeout, ProblemResponseWriter writer, MeterRegistry registry) {
        this(maximum, MAXIMUM_WAITING, queueTimeout, writer, registry);
    }

    ApiConcurrencyLimitFilter(
            int maximum,
            int maximumWaiting,
            Duration queueTimeout,
            ProblemResponseWriter writer,
            MeterRegistry registry) {
        this.places = new Semaphore(maximum, true);
        this.maximumWaiting = maximumWaiting;
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

    /** Leaves the OpenAPI document out, so that it can be read while the API is at its limit. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return RestApi.DOCUMENT_PATH.equals(
                request.getRequestURI().substring(request.getContextPath().length()));
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
        if (places.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maximumWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return places.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void reject(HttpServletResponse response) throws IOException {
        rejected.increment();
        logRejection();
        // This filter runs before Spring Security, which sets these headers on the other responses.
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        writer.write(
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        TITLE,
                        "The index is running as many API requests as it runs at once (" + maximum + "), and"
                                + " this request found no free place within " + DurationText.of(queueTimeout)
                                + ", so nothing of it was carried out. Send it again after the seconds in the"
                                + " Retry-After header.",
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
                    "API busy: {} requests rejected with 503 since the last such line, because no place came free"
                            + " within {} (places: {}; VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS,"
                            + " VERWIJSINDEX_API_QUEUE_TIMEOUT); the meter verwijsindex.api.requests.rejected"
                            + " counts them all",
                    count,
                    DurationText.of(queueTimeout),
                    maximum);
        }
    }
}
