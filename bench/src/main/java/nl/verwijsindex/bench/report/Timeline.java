package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The phases of a run as {@code bench/run} recorded them in {@code timeline.properties}, in epoch
 * milliseconds: {@code <phase>.started_ms} when an API step (such as {@code c32} or {@code c8full})
 * or the import of the national data set ({@code import}) started, and {@code <phase>.outbox_empty_ms}
 * when the harness then found the outbox without unsent match emails.
 *
 * <p>The emails of a phase arrive in its window: from its start until the outbox was first found
 * empty after it. The harness waits for that before the next phase, at most a few minutes. When the
 * wait ran out, the window stays open until a later phase's outbox was found empty, or to the end
 * of the run, so windows may overlap.
 */
final class Timeline {

    static final String FILE = "timeline.properties";
    static final String IMPORT = "import";

    /** One phase's window in epoch milliseconds, whose {@code end} is {@link Long#MAX_VALUE} while open. */
    record Window(String phase, long start, long end) {

        boolean contains(long millis) {
            return millis >= start && millis <= end;
        }
    }

    private final List<Window> windows;

    private Timeline(List<Window> windows) {
        this.windows = windows;
    }

    static Timeline read(Results results) throws IOException {
        return of(results.properties(FILE));
    }

    static Timeline of(Properties values) {
        var phases = new ArrayList<String>();
        for (var name : values.stringPropertyNames()) {
            if (name.endsWith(".started_ms")) {
                phases.add(name.substring(0, name.length() - ".started_ms".length()));
            }
        }
        phases.sort(Comparator.comparingLong(phase -> millis(values, phase + ".started_ms")));

        var windows = new ArrayList<Window>();
        for (int i = 0; i < phases.size(); i++) {
            long start = millis(values, phases.get(i) + ".started_ms");
            long end = Long.MAX_VALUE;
            for (int j = i; j < phases.size(); j++) {
                var empty = values.getProperty(phases.get(j) + ".outbox_empty_ms");
                if (empty != null && Long.parseLong(empty) >= start) {
                    end = Long.parseLong(empty);
                    break;
                }
            }
            windows.add(new Window(phases.get(i), start, end));
        }
        return new Timeline(List.copyOf(windows));
    }

    /** Returns whether the run recorded no phase, as runs before this file existed did. */
    boolean isEmpty() {
        return windows.isEmpty();
    }

    /** Returns whether the time lies in the window of the import of the national data set. */
    boolean inImport(long millis) {
        return windows.stream().anyMatch(window -> window.phase().equals(IMPORT) && window.contains(millis));
    }

    /** Returns the API steps whose windows contain the time, the last started last. */
    List<String> stepsAt(long millis) {
        return windows.stream()
                .filter(window -> !window.phase().equals(IMPORT) && window.contains(millis))
                .map(Window::phase)
                .toList();
    }

    private static long millis(Properties values, String name) {
        return Long.parseLong(values.getProperty(name).trim());
    }
}
