package nl.verwijsindex.audit;

import java.io.PrintStream;
import java.util.Map;
import nl.verwijsindex.audit.internal.ChainVerification;
import nl.verwijsindex.audit.internal.VerificationResult;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.NestedExceptionUtils;

/**
 * The command {@code java -jar verwijsindex.jar audit-verify}: verifies the audit trail with the
 * application's settings and exits with 0 when the chain is intact, 1 when it is broken (the
 * output names the first changed, missing or unlinked entry) or contains rows set aside outside the
 * chain, and 2 when verification could not run.
 *
 * <p>It starts only the database and the audit module, without the web server, migrations, demo
 * data or scheduled work. It never stops an embedded PostgreSQL that a running index uses, but
 * fails instead. This class is not a Spring component, so the application's own scan skips it.
 */
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {"nl.verwijsindex.system", "nl.verwijsindex.audit"},
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "nl\\.verwijsindex\\.system\\.api\\..*"))
@ConfigurationPropertiesScan("nl.verwijsindex.system")
public final class AuditVerifyCommand {

    public static final String NAME = "audit-verify";

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int ERROR = 2;

    private AuditVerifyCommand() {}

    /** Starts the command's context with the given arguments, verifies, prints the result and returns the exit status. */
    public static int run(String... args) {
        var application = new SpringApplication(AuditVerifyCommand.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "spring.flyway.enabled", "false",
                "verwijsindex.database.embedded-stop-running", "false",
                "logging.level.root", "warn"));
        try (var context = application.run(args)) {
            return execute(context.getBean(ChainVerification.class), System.out);
        } catch (RuntimeException e) {
            System.err.println("audit-verify failed: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return ERROR;
        }
    }

    /**
     * Verifies the chain, prints one line with the result and one more when rows are set aside, and
     * returns the exit status.
     */
    public static int execute(ChainVerification verification, PrintStream out) {
        var result = verification.verify();
        if (result instanceof VerificationResult.Intact intact) {
            var entries = intact.count() == 1 ? " entry" : " entries";
            out.println("Audit trail intact: " + intact.count() + entries + " verified, the last is entry "
                    + intact.lastSequence() + " with hash " + intact.lastHash());
        } else {
            var broken = (VerificationResult.Broken) result;
            out.println("Audit trail broken: entry " + broken.sequence() + " is " + broken.problem());
        }
        if (result.setAside() > 0) {
            out.println("Audit trail contains rows outside the chain whose values do not form an entry: "
                    + result.setAside() + " set aside, the first ids " + result.firstSetAsideIds()
                    + "; check them and delete them as the owner role");
        }
        if (result instanceof VerificationResult.Intact && result.setAside() == 0) {
            return INTACT;
        }
        return BROKEN;
    }
}
