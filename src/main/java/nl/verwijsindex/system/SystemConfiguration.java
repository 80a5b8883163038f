package nl.verwijsindex.system;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Bean
    DataFolder dataFolder(@Value("${verwijsindex.data-dir}") Path path) {
        return new DataFolder(path).create();
    }

    /**
     * Returns the one source of "now" for every date rule, in Dutch time, because dates in the law
     * are Dutch calendar days. It is the system clock, unless {@code VERWIJSINDEX_DEMO_HISTORY} is
     * {@code year}: then a {@link DemoClock} over the system clock, which the demo sets back while it
     * generates a year of activity.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${verwijsindex.demo-history}") String demoHistory) {
        var system = Clock.system(DUTCH_TIME);
        return switch (demoHistory.trim().toLowerCase(Locale.ROOT)) {
            case "", "none" -> system;
            case "year" -> new DemoClock(system);
            default ->
                throw new IllegalArgumentException("VERWIJSINDEX_DEMO_HISTORY is '" + demoHistory
                        + "'; set it to none or year, or leave it unset");
        };
    }
}
