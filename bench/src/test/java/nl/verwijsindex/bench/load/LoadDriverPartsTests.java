package nl.verwijsindex.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void errorCodesReadFromProblemBody() {
        var body = """
                {"type":"about:blank","status":422,"title":"Registration rejected","detail":"See errors.",
                 "errors":[{"in":"body","location":{"pointer":"/bsn"},"code":"person-deceased","detail":"x"},
                           {"in":"body","location":{"pointer":"/ownReference"},"code":"own-reference-invalid",
                            "detail":"y"}]}
                """;

        assertEquals(
                List.of("person-deceased", "own-reference-invalid"),
                SignalsApi.errorCodes(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void errorCodesEmptyWithoutErrors() {
        var problem = "{\"status\":503,\"title\":\"Database unavailable\"}";

        assertEquals(List.of(), SignalsApi.errorCodes(problem.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), SignalsApi.errorCodes("<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), SignalsApi.errorCodes(new byte[0]));
    }

    @Test
    void measurementsCountErrorCodesByKindAndStatus() {
        var measurements = new Measurements();

        measurements.record(Kind.FAMILY_MATCH, new SignalsApi.Outcome(422, null, List.of("person-deceased")), 5);
        measurements.record(Kind.FAMILY_MATCH, new SignalsApi.Outcome(422, null, List.of("person-deceased")), 6);
        measurements.record(Kind.FIRST, new SignalsApi.Outcome(422, null, List.of("person-too-old")), 7);
        measurements.record(Kind.FIRST, new SignalsApi.Outcome(201, null), 8);
        measurements.record(Kind.FIRST, new SignalsApi.Outcome(0, "timeout"), 9);

        assertEquals(
                Map.of("family-match 422 person-deceased", 2L, "first 422 person-too-old", 1L),
                measurements.errorCodes());
        assertEquals(Map.of("201", 1L, "422", 3L, "timeout", 1L), measurements.outcomes());
    }

    @Test
    void registrationLogWritesErrorCodesColumn(@TempDir Path folder) throws Exception {
        var file = folder.resolve("api-c8.csv");
        var registration = new PlannedRegistration(
                Kind.FAMILY_MATCH, "999990019", 0, "p1", "bench-c8-a", List.of("bench-c8-1", "bench-c8-2"), 2);

        try (var log = new RegistrationLog(file)) {
            log.record(registration, new SignalsApi.Outcome(422, null, List.of("person-deceased")), 1_500_000, 42, true);
            log.record(registration, new SignalsApi.Outcome(201, null), 2_000_000, 43, false);
        }

        assertEquals(
                List.of(
                        "own_reference,kind,status,latency_ms,responded_at_ms,measured,partners,error_codes,"
                                + "planned_matches",
                        "bench-c8-a,family-match,422,1.500,42,true,bench-c8-1;bench-c8-2,person-deceased,2",
                        "bench-c8-a,family-match,201,2.000,43,false,bench-c8-1;bench-c8-2,,2"),
                Files.readAllLines(file, StandardCharsets.UTF_8));
    }
}
