package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.system.DataFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the synthetic population in a temporary data folder: the anchor file and the demo file. */
class SyntheticPopulationStartTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate FIRST_START = LocalDate.of(2026, 12, 4);

    @TempDir
    java.nio.file.Path folder;

    private DataFolder dataFolder;

    @BeforeEach
    void createDataFolder() {
        dataFolder = new DataFolder(folder).create();
    }

    @Test
    void firstStartStoresAnchorForOwnerOnly() throws IOException {
        var population = SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));

        var file = folder.resolve(PopulationAnchor.FILE);
        assertThat(population.anchor()).isEqualTo(FIRST_START);
        assertThat(Files.readString(file)).contains("anchor-date=2026-12-04\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void laterStartReusesAnchor() {
        var first = SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));

        var later = SyntheticPopulation.start(dataFolder, clockAt(LocalDate.of(2027, 3, 1)));

        assertThat(later.anchor()).isEqualTo(FIRST_START);
        assertThat(later.persons()).containsExactlyElementsOf(first.persons());
    }

    @Test
    void rejectsInvalidAnchor() throws IOException {
        var file = folder.resolve(PopulationAnchor.FILE);
        Files.writeString(file, "anchor-date=4 December\n");

        assertThatThrownBy(() -> SyntheticPopulation.start(dataFolder, clockAt(FIRST_START)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("yyyy-mm-dd");
    }

    @Test
    void writesDemoChildrenForOwnerOnly() throws IOException {
        SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));

        var file = folder.resolve(DemoChildren.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var demo = JsonMapper.shared().readTree(file);
        assertThat(demo.path("anchorDate").asString()).isEqualTo("2026-12-04");
        assertThat(demo.path("families").size()).isEqualTo(12);
        assertThat(demo.path("rejected").size()).isEqualTo(4);
    }

    @Test
    void demoChildrenAreRegistrable() throws IOException {
        var population = SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));

        var demo = JsonMapper.shared().readTree(folder.resolve(DemoChildren.FILE));
        for (var family : demo.path("families")) {
            assertThat(family.path("description").asString()).isNotBlank();
            assertThat(family.path("children").size()).isGreaterThanOrEqualTo(2);
            for (var child : family.path("children")) {
                var person = population.findPerson(bsn(child)).orElseThrow();
                assertThat(person.deceased()).isFalse();
                assertThat(person.residence().resident()).isTrue();
                assertThat(child.path("municipalityCode").asString())
                        .isEqualTo(person.residence().municipality().orElseThrow());
                assertThat(person.birthDate().earliestPossible())
                        .contains(LocalDate.parse(child.path("birthDate").asString()));
                assertThat(person.birthDate().earliestBirthday(23).orElseThrow())
                        .isAfter(FIRST_START.plusYears(2));
            }
        }
    }

    @Test
    void demoRejectedPersonsMatchTheirDescriptions() throws IOException {
        var population = SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));

        var rejected =
                JsonMapper.shared().readTree(folder.resolve(DemoChildren.FILE)).path("rejected");
        var deceased = population.findPerson(bsn(rejected.get(0))).orElseThrow();
        var emigrated = population.findPerson(bsn(rejected.get(1))).orElseThrow();
        var nonResident = population.findPerson(bsn(rejected.get(2))).orElseThrow();
        var older = population.findPerson(bsn(rejected.get(3))).orElseThrow();
        assertThat(deceased.deceased()).isTrue();
        assertThat(emigrated.residence()).isEqualTo(Residence.emigrated());
        assertThat(nonResident.residence()).isEqualTo(Residence.nonResident());
        assertThat(older.birthDate().earliestBirthday(23).orElseThrow()).isBeforeOrEqualTo(FIRST_START);
    }

    @Test
    void laterStartLeavesUnchangedDemoChildrenAlone() throws IOException {
        SyntheticPopulation.start(dataFolder, clockAt(FIRST_START));
        var file = folder.resolve(DemoChildren.FILE);
        var written = FileTime.from(Instant.parse("2026-12-04T12:00:00Z"));
        Files.setLastModifiedTime(file, written);

        SyntheticPopulation.start(dataFolder, clockAt(LocalDate.of(2027, 3, 1)));

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    private static Bsn bsn(JsonNode entry) {
        return Bsn.of(entry.path("bsn").asString());
    }

    private static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    }
}
