package nl.verwijsindex.population.internal;

import java.nio.file.Path;
import java.time.Clock;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the population register: the RvIG persons file named by {@code VERWIJSINDEX_POPULATION_FILE},
 * or the synthetic population when that setting is empty.
 */
@Configuration(proxyBeanMethods = false)
class PopulationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PopulationConfiguration.class);

    @Bean
    PopulationRegister populationRegister(
            @Value("${verwijsindex.population.file:}") String file, DataFolder dataFolder, Clock clock) {
        if (!file.isBlank()) {
            var path = Path.of(file.trim()).toAbsolutePath().normalize();
            log.info("Population register: the persons file {}", path);
            return FilePopulationRegister.load(path);
        }

        log.info("Population register: a synthetic population, because {} is not set", FilePopulationRegister.SETTING);
        return SyntheticPopulation.start(dataFolder, clock);
    }
}
