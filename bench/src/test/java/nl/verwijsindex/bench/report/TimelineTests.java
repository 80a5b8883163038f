package nl.verwijsindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TimelineTests {

    @Test
    void stepWindowEndsWhenOutboxWasEmpty() throws IOException {
        var timeline = timeline("c8.started_ms=6000", "c1.started_ms=0", "c1.outbox_empty_ms=5000");

        assertEquals(List.of("c1"), timeline.stepsAt(0));
        assertEquals(List.of("c1"), timeline.stepsAt(5000));
        assertEquals(List.of(), timeline.stepsAt(5001));
        assertEquals(List.of("c8"), timeline.stepsAt(6000));
        assertEquals(List.of("c8"), timeline.stepsAt(Long.MAX_VALUE));
    }

    @Test
    void windowStaysOpenUntilLaterEmptyOutbox() throws IOException {
        var timeline = timeline("c32.started_ms=0", "c64.started_ms=6000", "c64.outbox_empty_ms=10000");

        assertEquals(List.of("c32"), timeline.stepsAt(5999));
        assertEquals(List.of("c32", "c64"), timeline.stepsAt(10000));
        assertEquals(List.of(), timeline.stepsAt(10001));
    }

    @Test
    void importWindowIsNoStep() throws IOException {
        var timeline = timeline(
                "half.started_ms=0",
                "half.outbox_empty_ms=1000",
                "import.started_ms=2000",
                "import.outbox_empty_ms=3000",
                "c1full.started_ms=4000");

        assertFalse(timeline.inImport(1999));
        assertTrue(timeline.inImport(2000));
        assertTrue(timeline.inImport(3000));
        assertFalse(timeline.inImport(3001));
        assertEquals(List.of(), timeline.stepsAt(2500));
        assertEquals(List.of("c1full"), timeline.stepsAt(4000));
    }

    @Test
    void emptyWithoutFile() {
        assertTrue(Timeline.of(new Properties()).isEmpty());
    }

    private static Timeline timeline(String... lines) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(String.join("\n", lines)));
        return Timeline.of(properties);
    }
}
