package nl.verwijsindex.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The index's heap during a run, from {@code jstat -gc -t} sampled once a second: the used heap is
 * the sum of the used survivor, eden and old spaces, and the share of time in garbage collection is
 * the growth of the total GC time ({@code GCT}) over the sampled time.
 */
record HeapSamples(int samples, double maxUsedMegabytes, double gcTimeShare) {

    private static final List<String> USED_SPACES = List.of("S0U", "S1U", "EU", "OU");

    static Optional<HeapSamples> fromJstat(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 3) {
            return Optional.empty();
        }
        var header = Arrays.asList(lines.get(0).trim().split("\\s+"));

        int samples = 0;
        double maxKilobytes = 0;
        double firstTime = 0;
        double firstGcTime = 0;
        double lastTime = 0;
        double lastGcTime = 0;
        for (var line : lines.subList(1, lines.size())) {
            var values = line.trim().split("\\s+");
            if (values.length != header.size() || !values[0].matches("[0-9.]+")) {
                continue;
            }
            double used = 0;
            for (var space : USED_SPACES) {
                used += Double.parseDouble(values[header.indexOf(space)]);
            }
            maxKilobytes = Math.max(maxKilobytes, used);
            lastTime = Double.parseDouble(values[header.indexOf("Timestamp")]);
            lastGcTime = Double.parseDouble(values[header.indexOf("GCT")]);
            if (samples == 0) {
                firstTime = lastTime;
                firstGcTime = lastGcTime;
            }
            samples++;
        }

        if (samples < 2) {
            return Optional.empty();
        }
        double share = (lastGcTime - firstGcTime) / (lastTime - firstTime);
        return Optional.of(new HeapSamples(samples, maxKilobytes / 1024, share));
    }

    /** Returns the highest sum of {@code jvm_memory_used_bytes} over the heap's pools, in megabytes. */
    static Optional<Double> maxFromPrometheus(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length == 2 && fields[1].matches("[0-9.eE+]+"))
                .map(fields -> Double.parseDouble(fields[1]) / (1024 * 1024))
                .max(Double::compare);
    }
}
