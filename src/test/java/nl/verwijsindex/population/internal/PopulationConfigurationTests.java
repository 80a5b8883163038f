package nl.verwijsindex.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import nl.verwijsindex.system.DataFolder;
import nl.verwijsindex.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationConfigurationTests {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-04T11:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path folder;

    @Test
    void usesPersonsFileWhenSet() {
        var register = new PopulationConfiguration()
                .populationRegister(
                        SharedFiles.RVIG_PERSONS.toString(),
                        BrpSettingsTests.disabled(),
                        new DataFolder(folder),
                        new SimpleMeterRegistry(),
                        CLOCK);

        assertThat(register).isInstanceOf(FilePopulationRegister.class);
        assertThat(folder.resolve(PopulationAnchor.FILE)).doesNotExist();
        assertThat(folder.resolve(DemoChildren.FILE)).doesNotExist();
    }

    @Test
    void usesBrpClientBeforePersonsFile() {
        var brp = BrpSettingsTests.bind(Map.of("url", "https://brp.example/api", "api-key", "key"));

        var register = new PopulationConfiguration()
                .populationRegister(
                        SharedFiles.RVIG_PERSONS.toString(),
                        brp,
                        new DataFolder(folder),
                        new SimpleMeterRegistry(),
                        CLOCK);

        assertThat(register).isInstanceOf(BrpPopulationRegister.class);
    }

    @Test
    void rejectsBrpClientWithoutApiKey() {
        var brp = BrpSettingsTests.bind(Map.of("url", "https://brp.example/api"));
        var configuration = new PopulationConfiguration();

        assertThatThrownBy(() -> configuration.populationRegister(
                        "", brp, new DataFolder(folder), new SimpleMeterRegistry(), CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VERWIJSINDEX_POPULATION_BRP_API_KEY is missing");
    }

    @Test
    void usesSyntheticPopulationWhenBlank() {
        var register = new PopulationConfiguration()
                .populationRegister(
                        " ", BrpSettingsTests.disabled(), new DataFolder(folder), new SimpleMeterRegistry(), CLOCK);

        assertThat(register).isInstanceOf(SyntheticPopulation.class);
        assertThat(Files.exists(folder.resolve(PopulationAnchor.FILE))).isTrue();
        assertThat(Files.exists(folder.resolve(DemoChildren.FILE))).isTrue();
    }
}
