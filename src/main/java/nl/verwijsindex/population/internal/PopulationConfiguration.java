package nl.verwijsindex.population.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.system.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the population register: the BRP Personen API at {@code VERWIJSINDEX_POPULATION_BRP_URL},
 * else the RvIG persons file named by {@code VERWIJSINDEX_POPULATION_FILE}, else the synthetic
 * population.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrpSettings.class)
class PopulationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PopulationConfiguration.class);

    @Bean
    PopulationRegister populationRegister(
            @Value("${verwijsindex.population.file:}") String file,
            BrpSettings brp,
            DataFolder dataFolder,
            MeterRegistry meters,
            Clock clock) {
        if (brp.enabled()) {
            var register = BrpPopulationRegister.create(brp, meters, clock);
            log.info(
                    "Population register: the BRP Personen API at {}, authenticated by {}{}",
                    brp.personenUri(),
                    brp.authentication(),
                    brp.mutualTls() ? " with mutual TLS" : "");
            return register;
        }
        if (!file.isBlank()) {
            var path = Path.of(file.trim()).toAbsolutePath().normalize();
            log.info("Population register: the persons file {}", path);
            return FilePopulationRegister.load(path);
        }

        log.info("Population register: a synthetic population, because {} is not set", FilePopulationRegister.SETTING);
        return SyntheticPopulation.start(dataFolder, clock);
    }
}
