package nl.verwijsindex.system;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    DataFolder dataFolder(@Value("${verwijsindex.data-dir}") Path path) {
        return new DataFolder(path).create();
    }

    /** Returns the one source of "now" for every date rule, in Dutch time, because dates in the law are Dutch calendar days. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Amsterdam"));
    }
}
