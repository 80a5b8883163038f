package nl.verwijsindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.population.BrpStub;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that need the BRP Personen API client as population register: the
 * whole application against a {@link BrpStub} on 127.0.0.1, in a context of its own with its own
 * embedded PostgreSQL folder and a random port, because {@link IntegrationTest}'s settings cannot be
 * overridden by a subclass. Retries are short and the circuit never opens, so that tests do not
 * wait; the client's own tests cover both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfiguration.class)
public abstract class BrpIntegrationTest {

    protected static final BrpStub brp = BrpStub.start();
    private static final Path dataFolder = temporaryFolder();

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestRegion region;

    /**
     * Creates the login accounts of this context's database. {@link TestAccounts} cannot, because it
     * keeps its enrolments in a static map shared with the context of {@link IntegrationTest}.
     */
    @Autowired
    private Accounts accounts;

    private static final Map<String, Enrolment> enrolments = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("verwijsindex.data-dir", dataFolder::toString);
        registry.add("verwijsindex.demo", () -> "false");
        registry.add("verwijsindex.population.brp.url", brp::url);
        registry.add("verwijsindex.population.brp.api-key", () -> BrpStub.API_KEY);
        registry.add("verwijsindex.population.brp.connect-timeout", () -> "1s");
        registry.add("verwijsindex.population.brp.read-timeout", () -> "1s");
        registry.add("verwijsindex.population.brp.max-attempts", () -> "2");
        registry.add("verwijsindex.population.brp.initial-backoff", () -> "10ms");
        registry.add("verwijsindex.population.brp.failure-threshold", () -> "1000");
        registry.add("verwijsindex.population.brp.cache-ttl", () -> "0s");
        registry.add("verwijsindex.mail.dispatch-interval", () -> "100ms");
        registry.add("verwijsindex.retention.signal-expiry-cron", () -> "-");
        registry.add("verwijsindex.population.recheck.cron", () -> "-");
    }

    @BeforeEach
    void resetIndex() {
        clock.setDate(IntegrationTest.DEFAULT_TODAY);
        region.reset();
        brp.reset();
    }

    /** Returns a web session logged in as the test-region professional, with password and TOTP code. */
    protected WebSession loggedIn(TestRegion.Person person) {
        var session = new WebSession(port);
        var enrolment = enrolments.computeIfAbsent(
                person.email(),
                email -> accounts.create(
                        NewAccount.professional(
                                email,
                                person.name(),
                                Locale.forLanguageTag(person.language()),
                                person.id(),
                                person.organisation().id()),
                        TestAccounts.PASSWORD));
        var login = session.logIn(
                person.email(), TestAccounts.PASSWORD, TestAccounts.totpCode(enrolment.totpSecret(), clock.instant()));
        if (!"/home".equals(WebSession.location(login))) {
            throw new IllegalStateException("Login of " + person.email() + " failed: " + login.statusCode() + " to "
                    + WebSession.location(login));
        }
        return session;
    }

    /** Waits until the outbox has sent or cancelled every queued email: see {@link QueuedEmails}. */
    protected void awaitQueuedEmails() {
        QueuedEmails.awaitSent(jdbc);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("verwijsindex-brp-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
