package nl.verwijsindex.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.bench.fixture.OrganisationKind;
import nl.verwijsindex.bench.population.NationalPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final NationalPopulation POPULATION = NationalPopulation.of(4, 40_000);

    private static Organisations organisations;
    private static final Map<String, String> KIND_OF_PROFESSIONAL = new HashMap<>();

    @BeforeAll
    static void readFixture(@TempDir Path folder) throws IOException {
        var json = new StringBuilder("{\"organisations\": [");
        int number = 0;
        for (var kind : OrganisationKind.ALL) {
            for (var municipality : List.of("0363", "0599")) {
                var professional = String.format("00000000-0000-0000-0000-%012d", number);
                KIND_OF_PROFESSIONAL.put(professional, kind.code());
                json.append(number == 0 ? "" : ",")
                        .append("{\"id\": \"org-")
                        .append(number)
                        .append("\", \"kind\": \"")
                        .append(kind.code())
                        .append("\", \"municipalityCode\": \"")
                        .append(municipality)
                        .append("\", \"apiToken\": \"t\", \"professionals\": [\"")
                        .append(professional)
                        .append("\"]}");
                number++;
            }
        }
        var file = folder.resolve("fixture.json");
        Files.writeString(file, json.append("]}").toString());
        organisations = Organisations.read(file);
    }

    @Test
    void writesExactCountsInImportFormat() throws IOException {
        var rows = generate(2000, 3000);

        assertEquals(5000, rows.size());
        assertEquals(2000, rows.stream().filter(row -> row[5].isEmpty()).count());
        assertEquals(3000, rows.stream().filter(row -> !row[5].isEmpty()).count());
        for (var row : rows) {
            assertEquals(7, row.length, String.join(",", row));
        }
    }

    @Test
    void followsIndexRulesOnEveryRow() throws IOException {
        var pairs = new HashSet<String>();
        for (var row : generate(2000, 3000)) {
            var line = String.join(",", row);
            var child = POPULATION.person(row[0]);
            assertNotNull(child, line);
            assertTrue(child.eligibleOn(TODAY), line);
            assertTrue(KIND_OF_PROFESSIONAL.containsKey(row[1]), line);
            assertTrue(pairs.add(row[0] + row[1]), "second signal of one professional on one child: " + line);

            var registered = LocalDate.parse(row[2]);
            var end = LocalDate.parse(row[3]);
            assertFalse(registered.isBefore(child.birthDate()), line);
            assertFalse(end.isBefore(registered), line);
            assertFalse(end.isAfter(registered.plusYears(2)), line);
            assertTrue(end.isBefore(child.birthDate().plusYears(23)), line);
            assertTrue(row[4].isEmpty() || row[4].matches("[A-Z]{2,3}-[0-9]{5}"), line);
            if (row[5].isEmpty()) {
                assertEquals("", row[6], line);
                assertFalse(end.isBefore(TODAY), line);
                assertFalse(registered.isAfter(TODAY), line);
                continue;
            }
            var ended = LocalDate.parse(row[5]);
            assertTrue(ended.isBefore(TODAY), line);
            assertTrue(ended.isAfter(TODAY.minusYears(5)), line);
            assertFalse(ended.isBefore(registered), line);
            if (row[6].equals("end-date")) {
                assertEquals(end.plusDays(1), ended, line);
            } else {
                assertEquals("risk-gone", row[6], line);
                assertFalse(ended.isAfter(end), line);
            }
        }
    }

    @Test
    void fitsKindToAge() throws IOException {
        for (var row : generate(2000, 3000)) {
            var child = POPULATION.person(row[0]);
            int age = java.time.Period.between(child.birthDate(), LocalDate.parse(row[2]))
                    .getYears();
            var kind = OrganisationKind.byCode(KIND_OF_PROFESSIONAL.get(row[1]));
            assertTrue(SignalKinds.weight(kind, age) > 0, kind + " at age " + age + ": " + String.join(",", row));
        }
    }

    @Test
    void givesSomeChildrenSeveralSignalsAndSiblingsToo() throws IOException {
        var signalsPerChild = new HashMap<String, Integer>();
        for (var row : generate(2000, 3000)) {
            signalsPerChild.merge(row[0], 1, Integer::sum);
        }
        long withSiblingSignal = signalsPerChild.keySet().stream()
                .filter(bsn -> POPULATION.siblings(bsn).stream().anyMatch(signalsPerChild::containsKey))
                .count();
        long single =
                signalsPerChild.values().stream().filter(count -> count == 1).count();

        assertTrue(single > signalsPerChild.size() / 2, single + " of " + signalsPerChild.size() + " have one signal");
        assertTrue(signalsPerChild.values().stream().anyMatch(count -> count >= 4));
        assertTrue(withSiblingSignal > signalsPerChild.size() / 10, withSiblingSignal + " children with a sibling");
    }

    @Test
    void sameSeedGivesSameFile() throws IOException {
        assertEquals(text(2000, 3000), text(2000, 3000));
    }

    private static List<String[]> generate(int active, int archived) throws IOException {
        return text(active, archived).lines().map(line -> line.split(",", -1)).toList();
    }

    private static String text(int active, int archived) throws IOException {
        var writer = new StringWriter();
        var generator = new SignalGenerator(POPULATION, organisations, 4, TODAY);
        generator.write(writer, active, archived);
        assertEquals(0, generator.shortfall());
        return writer.toString();
    }
}
