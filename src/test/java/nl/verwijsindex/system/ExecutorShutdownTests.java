package nl.verwijsindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ExecutorShutdownTests {

    private static final Logger log = LoggerFactory.getLogger(ExecutorShutdownTests.class);
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final String WARNING = "Test work did not finish within PT0.2S, so it is interrupted";

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void finishedTaskStopsWithoutWarning(CapturedOutput output) throws Exception {
        executor.execute(started::countDown);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        var stopped = ExecutorShutdown.stop(executor, TIMEOUT, log, "Test work");

        assertThat(stopped).isTrue();
        assertThat(executor.isTerminated()).isTrue();
        assertThat(output.getAll()).doesNotContain("did not finish");
    }

    @Test
    void runningTaskIsInterruptedAfterTimeout(CapturedOutput output) throws Exception {
        executor.execute(this::waitUntilInterrupted);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        var stopped = ExecutorShutdown.stop(executor, TIMEOUT, log, "Test work");

        assertThat(stopped).isTrue();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(output.getAll()).contains(WARNING);
    }

    @Test
    void interruptedCallerReturnsFalse(CapturedOutput output) throws Exception {
        executor.execute(this::waitUntilInterrupted);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.currentThread().interrupt();

        var stopped = ExecutorShutdown.stop(executor, TIMEOUT, log, "Test work");

        assertThat(stopped).isFalse();
        assertThat(Thread.interrupted()).isTrue();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(output.getAll()).doesNotContain("did not finish");
    }

    private void waitUntilInterrupted() {
        started.countDown();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            interrupted.countDown();
        }
    }
}
