package nl.verwijsindex.resilience;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One index running as a separate Java process, started from the test JVM's class path without
 * the test classes, with its settings as environment variables. Its log goes to a file under
 * {@code target/resilience/}, which a failing test names.
 */
final class IndexNode implements AutoCloseable {

    private static final String MAIN_CLASS = "nl.verwijsindex.VerwijsindexApplication";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private IndexNode(String name, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    /** Starts the index with the settings and waits until its health is {@code UP}. */
    static IndexNode start(String name, Map<String, String> settings) {
        int port = FreePorts.next();
        var environment = new HashMap<>(settings);
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        var node = new IndexNode(name, port, environment, logFile(name));
        // A process outlives the JVM that started it, so the test JVM ends its nodes when it exits.
        Runtime.getRuntime().addShutdownHook(new Thread(node::destroyIfAlive, "stop-index-" + name));
        node.launch();
        return node;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Ends the process with SIGKILL, as {@code kill -9} does, waits until it is gone, and returns
     * its exit status (137 on Linux, 128 plus the signal's number).
     */
    int kill() {
        process.destroyForcibly();
        awaitExit();
        return process.exitValue();
    }

    /** Starts the process again with the same settings and port, and waits until it is {@code UP}. */
    void restart() {
        launch();
    }

    /** Returns the status of {@code GET /actuator/health}, or -1 when the node does not respond. */
    int healthStatus() {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stops the process with SIGTERM, so that it shuts down gracefully. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    private void launch() {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                applicationClassPath(),
                MAIN_CLASS);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start index " + name, e);
        }
        try {
            awaitUp();
        } catch (RuntimeException notUp) {
            destroyIfAlive();
            throw notUp;
        }
    }

    private void destroyIfAlive() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitUp() {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Index " + name + " exited with " + process.exitValue() + " while starting: see " + log);
            }
            if (healthStatus() == 200) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Index " + name + " was not UP within " + START_TIMEOUT + ": see " + log);
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Index " + name + " did not exit within 30 s: see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Returns the test JVM's class path without the test classes, so that the process runs the
     * index as it ships, with its dependencies, and none of the tests' own beans.
     */
    private static String applicationClassPath() {
        var entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.stream().noneMatch(entry -> entry.endsWith("classes"))) {
            throw new IllegalStateException("The test JVM's class path names no classes folder, so the index cannot"
                    + " be started from it: run the tests with Maven Surefire, which sets java.class.path");
        }
        return entries.stream()
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path logFile(String name) {
        try {
            var folder = Files.createDirectories(Path.of("target", "resilience"));
            var file = folder.resolve(name + ".log");
            Files.deleteIfExists(file);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sleeps for the duration, or returns at once when it is zero or negative. */
    static void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
