package nl.verwijsindex;

import java.util.Arrays;
import nl.verwijsindex.audit.AuditVerifyCommand;
import nl.verwijsindex.registration.ImportSignalsCommand;
import nl.verwijsindex.system.database.EmbeddedDatabaseEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the reference index: web API, scheduled work and, without a database URL, an embedded
 * PostgreSQL. With the first argument {@code audit-verify} it runs {@link AuditVerifyCommand} instead,
 * and with {@code import-signals} {@link ImportSignalsCommand}. The embedded PostgreSQL starts while
 * the context is built ({@link EmbeddedDatabaseEarlyStart}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VerwijsindexApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AuditVerifyCommand.NAME.equals(args[0])) {
            System.exit(AuditVerifyCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && ImportSignalsCommand.NAME.equals(args[0])) {
            System.exit(ImportSignalsCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        var application = new SpringApplication(VerwijsindexApplication.class);
        application.addInitializers(new EmbeddedDatabaseEarlyStart());
        application.run(args);
    }
}
