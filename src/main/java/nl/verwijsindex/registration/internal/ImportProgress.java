package nl.verwijsindex.registration.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows the progress of an import on standard error: rows read, imported, already present and
 * rejected, rows per second and the estimated time left. On a terminal one line is redrawn at most
 * four times a second. Otherwise a new line is printed every 10 seconds.
 */
final class ImportProgress {

    private static final long TERMINAL_INTERVAL_NANOS = Duration.ofMillis(250).toNanos();
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();
    private static final int BAR_WIDTH = 30;

    final AtomicLong read = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong alreadyPresent = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    private volatile long total = -1;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastShown;

    ImportProgress(PrintStream out, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastShown = started;
    }

    /** Sets how many rows the file has, once it was read to the end. */
    void total(long rows) {
        total = rows;
    }

    long done() {
        return imported.get() + alreadyPresent.get() + rejected.get();
    }

    /** Shows the progress when the interval since the last update has passed. */
    synchronized void update() {
        var now = nanoTime.getAsLong();
        if (now - lastShown < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        show(now, false);
    }

    /** Shows the final state and ends the line. */
    synchronized void finish() {
        show(nanoTime.getAsLong(), true);
    }

    private void show(long now, boolean last) {
        var line = line(now);
        if (terminal) {
            out.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    String line(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        long done = done();
        long rate = Math.round(done / seconds);
        var text = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
            text.append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(BAR_WIDTH - filled))
                    .append("] ");
            text.append(done * 100 / total).append("% ");
        }
        text.append("read=").append(read.get());
        text.append(" imported=").append(imported.get());
        text.append(" already-present=").append(alreadyPresent.get());
        text.append(" rejected=").append(rejected.get());
        text.append(" rows/s=").append(rate);
        if (total > 0 && rate > 0) {
            text.append(" eta=").append(clockTime((total - done) / rate));
        }
        return text.toString();
    }

    private static String clockTime(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
