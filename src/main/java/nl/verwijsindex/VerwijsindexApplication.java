package nl.verwijsindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the reference index: web API, scheduled work and, without a database URL, an embedded PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VerwijsindexApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerwijsindexApplication.class, args);
    }
}
