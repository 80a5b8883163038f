package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

@Timeout(20)
class ApiConcurrencyLimitFilterTests {

    private final JsonMapper jsonMapper = JsonMapper.builder().build();
    private final ProblemResponseWriter writer = new ProblemResponseWriter(jsonMapper);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** Requests that reached the chain, by their path, in the order they reached it. */
    private final List<String> passed = Collections.synchronizedList(new ArrayList<>());

    @Test
    void rejectsRequestAfterQueueTimeout() throws Exception {
        var filter = filter(1, Duration.ofMillis(200));
        var first = holdPlace(filter, "/api/v1/signals/first");

        var second = response(filter, "/api/v1/signals/second", passing());

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        var problem = jsonMapper.readTree(second.getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("API busy");
        assertThat(problem.get("detail").asString())
                .isEqualTo("The index is running as many API requests as it runs at once (1), and this request"
                        + " found no free place within 200ms, so nothing of it was carried out. Send it again"
                        + " after the seconds in the Retry-After header.");
        assertThat(registry.get("verwijsindex.api.requests.rejected").counter().count())
                .isEqualTo(1.0);
        first.release();
        assertThat(first.response().getStatus()).isEqualTo(200);
        assertThat(passed).containsExactly("/api/v1/signals/first");
    }

    @Test
    void rejectsAtOnceWhenQueueIsFull() throws Exception {
        var filter = new ApiConcurrencyLimitFilter(1, 1, Duration.ofSeconds(10), writer, registry);
        var first = holdPlace(filter, "/api/v1/signals/first");
        var second = send(filter, "/api/v1/signals/second", passing());
        awaitWaiting(1);

        var third = response(filter, "/api/v1/signals/third", passing());

        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(second).isNotDone();
        first.release();
        assertThat(first.response().getStatus()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(passed).containsExactly("/api/v1/signals/first", "/api/v1/signals/second");
    }

    @Test
    void leavesOpenApiDocumentOut() throws Exception {
        var filter = filter(1, Duration.ZERO);
        var first = holdPlace(filter, "/api/v1/signals/first");

        var document = response(filter, "/api/v1/openapi.json", passing());
        var signals = response(filter, "/api/v1/signals", passing());

        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(signals.getStatus()).isEqualTo(503);
        first.release();
        assertThat(first.response().getStatus()).isEqualTo(200);
        assertThat(passed).containsExactly("/api/v1/signals/first", "/api/v1/openapi.json");
    }

    @Test
    void letsWaitingRequestInWhenPlaceFrees() throws Exception {
        var filter = filter(1, Duration.ofSeconds(10));
        var first = holdPlace(filter, "/api/v1/signals/first");
        var second = send(filter, "/api/v1/signals/second", passing());
        awaitWaiting(1);

        first.release();

        assertThat(first.response().getStatus()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(passed).containsExactly("/api/v1/signals/first", "/api/v1/signals/second");
        assertThat(waiting()).isEqualTo(0.0);
        assertThat(registry.get("verwijsindex.api.requests.rejected").counter().count())
                .isEqualTo(0.0);
    }

    @Test
    void runsRequestsUpToMaximumAtOnce() throws Exception {
        var filter = filter(2, Duration.ofSeconds(10));
        var first = holdPlace(filter, "/api/v1/signals/first");
        var second = holdPlace(filter, "/api/v1/signals/second");

        var third = send(filter, "/api/v1/signals/third", passing());
        awaitWaiting(1);
        first.release();
        second.release();

        assertThat(first.response().getStatus()).isEqualTo(200);
        assertThat(second.response().getStatus()).isEqualTo(200);
        assertThat(third.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(passed).hasSize(3).endsWith("/api/v1/signals/third");
    }

    @Test
    void freesPlaceWhenChainFails() throws Exception {
        var filter = filter(1, Duration.ofMillis(200));
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("chain failed");
        };

        assertThatThrownBy(() -> response(filter, "/api/v1/signals/failing", failing))
                .hasMessage("chain failed");
        var next = response(filter, "/api/v1/signals/next", passing());

        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(passed).containsExactly("/api/v1/signals/next");
    }

    @Test
    void defaultsToTwicePerProcessor() {
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("", 1)).isEqualTo(2);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("", 2)).isEqualTo(4);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests(" ", 6)).isEqualTo(12);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("", 8)).isEqualTo(16);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("", 64)).isEqualTo(16);
    }

    @Test
    void readsMaximumSetting() {
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("1", 2)).isEqualTo(1);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests(" 30 ", 2)).isEqualTo(30);
        assertThat(ApiFilterConfiguration.maximumConcurrentRequests("1000", 2)).isEqualTo(1000);
    }

    @Test
    void rejectsInvalidMaximumSetting() {
        assertThatThrownBy(() -> ApiFilterConfiguration.maximumConcurrentRequests("0", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS '0': set it to a whole number from 1"
                        + " to 1000, such as 8, or leave it unset for twice the number of processor cores");
        assertThatThrownBy(() -> ApiFilterConfiguration.maximumConcurrentRequests("1001", 2))
                .hasMessageStartingWith("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS '1001':");
        assertThatThrownBy(() -> ApiFilterConfiguration.maximumConcurrentRequests("eight", 2))
                .hasMessageStartingWith("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS 'eight':");
        assertThatThrownBy(() -> ApiFilterConfiguration.maximumConcurrentRequests("-3", 2))
                .hasMessageStartingWith("Invalid VERWIJSINDEX_API_MAX_CONCURRENT_REQUESTS '-3':");
    }

    @Test
    void readsQueueTimeoutSetting() {
        assertThat(ApiFilterConfiguration.queueTimeout("")).isEqualTo(Duration.ofSeconds(10));
        assertThat(ApiFilterConfiguration.queueTimeout(" 500ms ")).isEqualTo(Duration.ofMillis(500));
        assertThat(ApiFilterConfiguration.queueTimeout("0s")).isEqualTo(Duration.ZERO);
        assertThat(ApiFilterConfiguration.queueTimeout("5m")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void rejectsInvalidQueueTimeout() {
        assertThatThrownBy(() -> ApiFilterConfiguration.queueTimeout("-1s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid VERWIJSINDEX_API_QUEUE_TIMEOUT '-1s': set it to a duration from 0s to 5m,"
                        + " such as 10s or 500ms, or leave it unset for 10s");
        assertThatThrownBy(() -> ApiFilterConfiguration.queueTimeout("6m"))
                .hasMessageStartingWith("Invalid VERWIJSINDEX_API_QUEUE_TIMEOUT '6m':");
        assertThatThrownBy(() -> ApiFilterConfiguration.queueTimeout("abc"))
                .hasMessageStartingWith("Invalid VERWIJSINDEX_API_QUEUE_TIMEOUT 'abc':");
    }

    @Test
    void writesDurationsAsSettings() {
        assertThat(DurationText.of(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(DurationText.of(Duration.ofMillis(200))).isEqualTo("200ms");
        assertThat(DurationText.of(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(DurationText.of(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.of(Duration.ZERO)).isEqualTo("0s");
    }

    private ApiConcurrencyLimitFilter filter(int maximum, Duration queueTimeout) {
        return new ApiConcurrencyLimitFilter(maximum, queueTimeout, writer, registry);
    }

    /** Sends a request that stays in the chain, and so keeps its place, until it is released. */
    private HeldRequest holdPlace(ApiConcurrencyLimitFilter filter, String path) throws InterruptedException {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var response = send(filter, path, holding(inside, release));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return new HeldRequest(release, response);
    }

    /** A request inside the chain, and the latch that lets it finish. */
    private record HeldRequest(CountDownLatch latch, CompletableFuture<MockHttpServletResponse> future) {

        void release() {
            latch.countDown();
        }

        MockHttpServletResponse response() throws Exception {
            return future.get(10, TimeUnit.SECONDS);
        }
    }

    private FilterChain passing() {
        return (request, response) -> passed.add(((MockHttpServletRequest) request).getRequestURI());
    }

    private FilterChain holding(CountDownLatch inside, CountDownLatch release) {
        return (request, response) -> {
            passed.add(((MockHttpServletRequest) request).getRequestURI());
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private MockHttpServletResponse response(ApiConcurrencyLimitFilter filter, String path, FilterChain chain)
            throws Exception {
        var request = new MockHttpServletRequest("POST", path);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private CompletableFuture<MockHttpServletResponse> send(
            ApiConcurrencyLimitFilter filter, String path, FilterChain chain) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return response(filter, path, chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private double waiting() {
        return registry.get("verwijsindex.api.requests.waiting").gauge().value();
    }

    private void awaitWaiting(int count) throws InterruptedException {
        while (waiting() != count) {
            Thread.sleep(10);
        }
    }
}
