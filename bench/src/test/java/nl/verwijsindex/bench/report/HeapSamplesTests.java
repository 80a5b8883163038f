package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapSamplesTests {

    @TempDir
    Path folder;

    @Test
    void readsMaximumHeapAndGcShareFromJstat() throws IOException {
        var file = folder.resolve("jstat.txt");
        Files.write(file, List.of(
                "Timestamp S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT",
                "10.0 0.0 1024.0 0.0 512.0 4096.0 1024.0 8192.0 2048.0 1.0 1.0 1.0 1.0 1 0.1 0 0.0 0 0.0 0.100",
                "11.0 0.0 1024.0 0.0 1024.0 4096.0 4096.0 8192.0 3072.0 1.0 1.0 1.0 1.0 2 0.2 0 0.0 0 0.0 0.200",
                "12.0 0.0 1024.0 0.0 256.0 4096.0 0.0 8192.0 3072.0 1.0 1.0 1.0 1.0 3 0.3 0 0.0 0 0.0 0.300"),
                StandardCharsets.UTF_8);

        var samples = HeapSamples.fromJstat(file).orElseThrow();

        assertEquals(3, samples.samples());
        // 1024 + 4096 + 3072 KB in the second sample.
        assertEquals(8.0, samples.maxUsedMegabytes(), 1e-9);
        assertEquals(0.1, samples.gcTimeShare(), 1e-9);
    }

    @Test
    void ignoresJstatWithoutTwoSamples() throws IOException {
        var file = folder.resolve("jstat.txt");
        Files.write(file, List.of("12345 not found"), StandardCharsets.UTF_8);

        assertTrue(HeapSamples.fromJstat(file).isEmpty());
        assertTrue(HeapSamples.fromJstat(folder.resolve("missing.txt")).isEmpty());
    }

    @Test
    void readsMaximumHeapFromPrometheusSamples() throws IOException {
        var file = folder.resolve("prometheus.txt");
        var lines = List.of("1700000000 104857600", "1700000001 209715200", "1700000002");
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertEquals(200.0, HeapSamples.maxFromPrometheus(file).orElseThrow(), 1e-9);
    }
}
