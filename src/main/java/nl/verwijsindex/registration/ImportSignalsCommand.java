package nl.verwijsindex.registration;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The command {@code java -jar verwijsindex.jar import-signals FILE}: imports the signals of the CSV
 * file with the application's settings (database, keys, population register). It prints the progress
 * on standard error and {@code imported=N already-present=N rejected=N} as the last line on standard
 * output, writes the rejected rows to {@code FILE.rejected.csv}, and exits with 0 when it ran, also
 * with rejected rows, and with 2 when it could not run or had to stop.
 *
 * <p>It starts every module, so that matches queue their emails and coordination as after a
 * registration, but no web server, scheduled job, notification dispatch or demo data: the running
 * index sends the queued emails. Like the index, it first runs the Flyway migrations, so it also
 * works on a new database. It never stops an embedded PostgreSQL that a running index uses, but
 * fails instead. This class is not a Spring component, so the application's own scan skips it.
 */
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "nl.verwijsindex",
        excludeFilters = {
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = {
                        "nl\\.verwijsindex\\.VerwijsindexApplication",
                        "nl\\.verwijsindex\\.demo\\..*",
                        "nl\\.verwijsindex\\.web\\..*",
                        "nl\\.verwijsindex\\.system\\.api\\..*",
                        "nl\\.verwijsindex\\.access\\.internal\\.AccessSecurityConfiguration",
                        "nl\\.verwijsindex\\.notification\\.dispatch\\.DispatchLoop"
                    }),
            @ComponentScan.Filter(
                    type = FilterType.ANNOTATION,
                    classes = {Controller.class, ControllerAdvice.class}),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Filter.class)
        })
@ConfigurationPropertiesScan("nl.verwijsindex")
public final class ImportSignalsCommand {

    public static final String NAME = "import-signals";

    public static final int RAN = 0;
    public static final int ERROR = 2;

    static final String USAGE = "Usage: java -jar verwijsindex.jar " + NAME + " FILE [--setting=value ...], where FILE"
            + " is a CSV file that starts with the header line"
            + " bsn,professional_id,registered_on,end_date,own_reference,ended_on,end_reason";

    /**
     * The command's own defaults. Start-up failures are not logged with their stack trace on
     * standard output, because {@link #run} prints one line on standard error instead and logs the
     * exception at debug level.
     */
    private static final Map<String, Object> DEFAULT_SETTINGS = Map.of(
            "verwijsindex.database.embedded-stop-running", "false",
            "logging.level.root", "warn",
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off",
            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "off");

    /** The link that names the file behind standard error on Linux. */
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private static final Logger log = LoggerFactory.getLogger(ImportSignalsCommand.class);

    private ImportSignalsCommand() {}

    /**
     * Returns a resolver of the request's language, which the access module needs and only the web
     * layer defines.
     */
    @Bean
    static LocaleResolver localeResolver() {
        return new AcceptHeaderLocaleResolver();
    }

    /**
     * Returns the repository of web sessions, which Spring Boot configures only for a web
     * application, because the access module ends sessions through it.
     */
    @Bean
    static JdbcIndexedSessionRepository sessionRepository(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new JdbcIndexedSessionRepository(jdbc, transactions);
    }

    /**
     * Starts the command's context, imports the file named by the first argument that is not a
     * setting ({@code --name=value}), prints the summary and returns the exit status. With
     * {@code --help} it prints the usage on standard output and returns {@link #RAN}.
     */
    public static int run(String... args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(USAGE);
            return RAN;
        }
        var files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1) {
            System.err.println(USAGE);
            return ERROR;
        }
        var settings = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);

        var environment = new AtomicReference<Environment>();
        var application = new SpringApplication(ImportSignalsCommand.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(DEFAULT_SETTINGS);
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>)
                event -> environment.set(event.getEnvironment()));
        ConfigurableApplicationContext context;
        try {
            context = application.run(settings);
        } catch (RuntimeException e) {
            log.debug("import-signals could not start", e);
            System.err.println(NAME + " could not start: " + ImportFailures.describe(e, environment.get()));
            return ERROR;
        }
        try (context) {
            return execute(context.getBean(SignalImports.class), Path.of(files.get(0)), System.out, System.err);
        } catch (RuntimeException e) {
            log.debug("import-signals failed", e);
            System.err.println(NAME + " failed: " + ImportFailures.describe(e, environment.get()));
            return ERROR;
        }
    }

    /**
     * Returns whether the file descriptor behind the link is a terminal, which gets a progress line
     * that is redrawn. {@link System#console()} cannot tell, because in Java 17 it needs standard
     * input and output to be terminals, not standard error. Without {@code /proc} it falls back to
     * {@link System#console()}.
     */
    static boolean isTerminal(Path descriptorLink) {
        try {
            var target = Files.readSymbolicLink(descriptorLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    /** Imports the file, prints the summary as the last line of {@code out} and returns the exit status. */
    public static int execute(SignalImports imports, Path file, PrintStream out, PrintStream err) {
        try {
            var result = imports.importFile(file, err, isTerminal(STANDARD_ERROR));
            if (result.rejected() > 0) {
                err.println("Rejected rows, with the reason for each: " + result.report());
            }
            out.println(result.summary());
            return RAN;
        } catch (SignalImportException e) {
            err.println(NAME + " stopped: " + e.getMessage());
            return ERROR;
        }
    }
}
