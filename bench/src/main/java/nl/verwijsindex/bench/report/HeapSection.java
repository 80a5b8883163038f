package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections on the index's heap during each API step, and on what its log shows over the whole
 * run. The heap target applies to the highest heap of all steps.
 */
final class HeapSection {

    private static final String TARGET = "Heap ≤ 512 MB under load, highest of all API steps";

    private HeapSection() {}

    static String write(Results results, Targets targets) throws IOException {
        var section = new Page().heading("Heap during the API steps");
        var status = results.text("prometheus-status.txt").orElse("?");
        section.paragraph("`/actuator/prometheus` returned HTTP " + status + (status.equals("200")
                ? ", so the heap is the sum of `jvm_memory_used_bytes{area=\"heap\"}`, sampled once a second, beside"
                        + " `jstat -gc`."
                : ", so the heap was sampled with `jstat -gc` once a second instead: survivor, eden and old space"
                        + " used. The share of time in garbage collection is the growth of jstat's `GCT` over"
                        + " the step."));

        var rows = new ArrayList<List<String>>();
        Double highest = null;
        for (var step : steps()) {
            var jstat = HeapSamples.fromJstat(results.file("heap-" + step + "-jstat.txt"));
            var prometheus = HeapSamples.maxFromPrometheus(results.file("heap-" + step + "-prometheus.txt"));
            if (jstat.isEmpty() && prometheus.isEmpty()) {
                continue;
            }
            var max = prometheus.or(() -> jstat.map(HeapSamples::maxUsedMegabytes));
            if (max.isPresent() && (highest == null || max.get() > highest)) {
                highest = max.get();
            }
            rows.add(List.of(
                    step,
                    jstat.map(samples -> Targets.number(samples.maxUsedMegabytes()) + " MB").orElse(""),
                    prometheus.map(value -> Targets.number(value) + " MB").orElse(""),
                    jstat.map(samples -> Targets.percent(samples.gcTimeShare())).orElse(""),
                    jstat.map(samples -> String.valueOf(samples.samples())).orElse("")));
        }
        targets.atMost(TARGET, highest, Report.HEAP_TARGET_MEGABYTES, " MB");
        section.table(List.of("step", "max heap (jstat)", "max heap (Prometheus)", "time in GC", "samples"), rows);

        var log = results.properties("index-log.properties");
        var logRows = List.of(
                List.of("`OutOfMemoryError`", log.getProperty("out_of_memory_errors", "?")),
                List.of("`GC overhead limit exceeded`", log.getProperty("gc_overhead_errors", "?")),
                List.of("no database connection from the pool within its timeout",
                        log.getProperty("connection_pool_timeouts", "?")),
                List.of("`ERROR` lines of any kind", log.getProperty("error_lines", "?")));
        return section.heading("The index's log over the whole run")
                .table(List.of("lines with", "count"), logRows)
                .toString();
    }

    private static List<String> steps() {
        var steps = new ArrayList<String>();
        for (var suffix : List.of("", "full")) {
            for (int clients : Report.CLIENT_COUNTS) {
                steps.add("c" + clients + suffix);
            }
            steps.add("half" + suffix);
        }
        return steps;
    }
}
