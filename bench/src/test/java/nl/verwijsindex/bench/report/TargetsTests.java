package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTests {

    @Test
    void statesMarginOfMetAndMissedTargets() {
        var targets = new Targets();

        targets.atLeast("ratio", 0.31, 0.5, "");
        targets.atMost("p99", 20.0, 25, " ms");
        targets.atMost("ready", 12.5, 10, " s");
        targets.atLeast("throughput", null, 1, "");

        assertEquals(List.of("ratio", "0.31", "**not met**, 0.19 (38%) short"), targets.rows().get(0));
        assertEquals(List.of("p99", "20.0 ms", "met, 5.00 ms to spare"), targets.rows().get(1));
        assertEquals(List.of("ready", "12.5 s", "**not met**, 2.50 s (25%) over"), targets.rows().get(2));
        assertEquals(List.of("throughput", "not measured", "**unknown**"), targets.rows().get(3));
    }
}
