package nl.verwijsindex.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadDriverPartsTests {

    @Test
    void percentilesUseNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertEquals(5, Percentiles.of(sorted, 50));
        assertEquals(10, Percentiles.of(sorted, 95));
        assertEquals(10, Percentiles.of(sorted, 99));
        assertEquals(1, Percentiles.of(sorted, 1));
        assertEquals(0, Percentiles.of(new long[0], 99));
    }

    @Test
    void kindsSplitPercentilesByTheirShares() {
        var counts = new EnumMap<Kind, Integer>(Kind.class);
        for (int percentile = 0; percentile < 100; percentile++) {
            counts.merge(Kind.byPercentile(percentile), 1, Integer::sum);
        }

        assertEquals(80, counts.get(Kind.FIRST));
        assertEquals(10, counts.get(Kind.CHILD_MATCH));
        assertEquals(7, counts.get(Kind.FAMILY_MATCH));
        assertEquals(3, counts.get(Kind.REPEAT));
    }

    @Test
    void ownReferencesAreFoundInEmailText() {
        var reference = OwnReferences.of("c32", 1_000_000);

        assertEquals("bench-c32-lfls", reference);
        assertEquals(Optional.of(reference), OwnReferences.find("Uw kenmerk: " + reference + "\n"));
        assertTrue(OwnReferences.find("Own reference: LL-0042").isEmpty());
    }

    @Test
    void ownReferencesKeepDigitRunsShort() {
        // The index rejects an own reference with 8 or 9 digits in a row that could be a BSN.
        for (long sequence : new long[] {0, 35, 36 * 36 * 36 * 36L, 2_000_000_000L}) {
            var reference = OwnReferences.of("c64", sequence);

            assertFalse(reference.matches(".*[0-9]{8}.*"), reference);
        }
    }

    @Test
    void rejectsTagsOutsideTheReferenceForm() {
        assertThrows(IllegalArgumentException.class, () -> OwnReferences.checkTag("C32"));
        assertThrows(IllegalArgumentException.class, () -> OwnReferences.checkTag("c-32"));
        assertEquals("halffull", OwnReferences.checkTag("halffull"));
    }
}
