package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The gate that keeps web requests and scheduled jobs off the stepped demo clock. */
class GenerationGateTests {

    private final GenerationGate gate = new GenerationGate();
    private final GenerationGateFilter filter = new GenerationGateFilter(gate);

    /** Threads of their own, because the common pool may have a single thread on a small machine. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void openGatePassesRequest() throws Exception {
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/matches"), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void closedGateAnswersPageWith503() throws Exception {
        gate.close();
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/matches"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getContentAsString())
                .contains("<html lang=\"nl\">", "De verwijsindex maakt het demojaar", "<section lang=\"en\">")
                .contains("The reference index is generating the demo year");
    }

    @Test
    void closedGateAnswersApiWithProblem() throws Exception {
        gate.close();
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/matches"), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(response.getContentAsString()).contains("\"status\":503", "demo year is being generated");
    }

    @Test
    void closedGatePassesHealthProbe() throws Exception {
        gate.close();
        var chain = new MockFilterChain();

        filter.doFilter(
                new MockHttpServletRequest("GET", "/actuator/health/liveness"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void reopenedGatePassesRequest() throws Exception {
        gate.close();
        gate.open();
        var chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/matches"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void closingWaitsForRunningRequest() throws Exception {
        assertThat(gate.enterRequest()).isTrue();
        var closing = CompletableFuture.runAsync(
                () -> {
                    try {
                        gate.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                threads);

        Thread.sleep(300);
        assertThat(closing).isNotDone();
        assertThat(gate.enterRequest()).isFalse();
        gate.leaveRequest();

        closing.get(5, TimeUnit.SECONDS);
        assertThat(gate.isClosed()).isTrue();
    }

    @Test
    void jobWaitsUntilGateOpens() throws Exception {
        gate.close();
        var ran = new AtomicBoolean();
        var started = new CountDownLatch(1);
        var job = CompletableFuture.runAsync(
                () -> {
                    started.countDown();
                    gate.runJob(() -> ran.set(true));
                },
                threads);
        started.await();

        Thread.sleep(300);
        assertThat(ran).isFalse();
        gate.open();

        job.get(5, TimeUnit.SECONDS);
        assertThat(ran).isTrue();
    }

    @Test
    void closingWaitsForRunningJob() throws Exception {
        var jobStarted = new CountDownLatch(1);
        var finishJob = new CountDownLatch(1);
        var job = CompletableFuture.runAsync(
                () -> gate.runJob(() -> {
                    jobStarted.countDown();
                    try {
                        finishJob.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                threads);
        jobStarted.await();
        var closing = CompletableFuture.runAsync(
                () -> {
                    try {
                        gate.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                threads);

        Thread.sleep(300);
        assertThat(closing).isNotDone();
        finishJob.countDown();

        closing.get(5, TimeUnit.SECONDS);
        job.get(5, TimeUnit.SECONDS);
        assertThat(gate.isClosed()).isTrue();
    }
}
