package nl.verwijsindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.population.BrpStub;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildDestruction;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import nl.verwijsindex.registration.DestroyedSignal;
import nl.verwijsindex.registration.DestructionReason;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that need the BRP Personen API client as population register: the
 * whole application against a {@link BrpStub} on 127.0.0.1, in a context of its own with its own
 * embedded PostgreSQL folder and a random port, because {@link IntegrationTest}'s settings cannot be
 * overridden by a subclass. Retries are short and the circuit never opens, so that tests do not
 * wait; the client's own tests cover both.
 *
 * <p>NOTE: until the real {@link ChildDestruction} lands, this context has a test-only one that
 * deletes the child's signals and publishes {@link ChildTracesDestroyed}, and records each call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestConfiguration.class, BrpIntegrationTest.Destruction.class})
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

    @Autowired
    protected RecordingChildDestruction destruction;

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
        destruction.calls.clear();
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

    /** A test-only stand-in for the destruction of a child's data: deletes its signals and publishes the event. */
    public static final class RecordingChildDestruction implements ChildDestruction {

        public record Call(Pseudonym child, DestructionReason reason) {}

        public final List<Call> calls = new CopyOnWriteArrayList<>();

        private final JdbcClient jdbc;
        private final ApplicationEventPublisher events;

        RecordingChildDestruction(JdbcClient jdbc, ApplicationEventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Override
        public List<DestroyedSignal> destroyEverything(Pseudonym child, DestructionReason reason) {
            calls.add(new Call(child, reason));
            jdbc.sql("delete from signals where child_pseudonym = ?")
                    .param(child.value())
                    .update();
            events.publishEvent(new ChildTracesDestroyed(child, reason));
            return List.of();
        }

        @Override
        public List<DestroyedSignal> destroySignals(Pseudonym child, DestructionReason reason) {
            throw new UnsupportedOperationException("Not used by these tests");
        }
    }

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Destruction {

        @Bean
        @Primary
        RecordingChildDestruction recordingChildDestruction(JdbcClient jdbc, ApplicationEventPublisher events) {
            return new RecordingChildDestruction(jdbc, events);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("verwijsindex-brp-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
