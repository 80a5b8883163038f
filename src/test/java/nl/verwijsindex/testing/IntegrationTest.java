package nl.verwijsindex.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port, an embedded PostgreSQL
 * in a temporary data folder, a real SMTP server (GreenMail), the RvIG test persons as population
 * register, a clock the test sets, and the {@link TestRegion}. All subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfiguration.class)
public abstract class IntegrationTest {

    /** The day the clock is set to before each test, unless the test sets another. */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 12, 4);

    protected static final GreenMail smtp = startSmtp();
    protected static final Path dataFolder = temporaryFolder();

    /**
     * The server's port, chosen before the context starts, because passkeys check the exact
     * origin of the page, port included, and the allowed origin is a setting.
     */
    protected static final int SERVER_PORT = freeLoopbackPort();

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestRegion region;

    @Autowired
    protected TestAccounts accounts;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("verwijsindex.data-dir", dataFolder::toString);
        registry.add("verwijsindex.demo", () -> "false");
        registry.add("verwijsindex.population.file", SharedFiles.RVIG_PERSONS::toString);
        registry.add("verwijsindex.mail.host", () -> "127.0.0.1");
        registry.add("verwijsindex.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("verwijsindex.mail.starttls", () -> "false");
        registry.add("verwijsindex.mail.dispatch-interval", () -> "100ms");
        registry.add("server.port", () -> SERVER_PORT);
        // Tests start the ending jobs themselves, so the scheduler never runs them.
        registry.add("verwijsindex.retention.signal-expiry-cron", () -> "-");
        registry.add("verwijsindex.retention.age-limit-cron", () -> "-");
        registry.add("verwijsindex.retention.archive-destruction-cron", () -> "-");
        registry.add("verwijsindex.reminders.cron", () -> "-");
        registry.add("verwijsindex.webauthn.allowed-origins", () -> "http://localhost:" + SERVER_PORT);
    }

    @BeforeEach
    void resetIndex() throws Exception {
        clock.setDate(DEFAULT_TODAY);
        region.reset();
        smtp.purgeEmailFromAllMailboxes();
    }

    /** Returns a web session logged in as the test-region professional, with password and TOTP code. */
    /** Waits until the outbox has sent or cancelled every queued email: see {@link QueuedEmails}. */
    protected void awaitQueuedEmails() {
        QueuedEmails.awaitSent(jdbc);
    }

    protected WebSession loggedIn(TestRegion.Person person) {
        return loggedIn(person.email(), accounts.of(person).totpSecret());
    }

    /** Returns a web session logged in as the administrator or officer, with password and TOTP code. */
    protected WebSession loggedIn(TestRegion.Administrator administrator) {
        return loggedIn(administrator.email(), accounts.of(administrator).totpSecret());
    }

    private WebSession loggedIn(String email, String totpSecret) {
        var session = new WebSession(port);
        var login = session.logIn(email, TestAccounts.PASSWORD, TestAccounts.totpCode(totpSecret, clock.instant()));
        if (!"/home".equals(WebSession.location(login))) {
            throw new IllegalStateException(
                    "Login of " + email + " failed: " + login.statusCode() + " to " + WebSession.location(login));
        }
        return session;
    }

    /** Starts GreenMail on a free port that stays the same when a test stops and restarts the server. */
    private static GreenMail startSmtp() {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static int freeLoopbackPort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("verwijsindex-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
