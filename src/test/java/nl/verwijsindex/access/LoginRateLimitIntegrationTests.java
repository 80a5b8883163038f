package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** Five failed logins within 15 minutes block the email address, or the client address, for a while. */
class LoginRateLimitIntegrationTests extends IntegrationTest {

    private static final Person TEACHER = TestRegion.TEACHER;
    private static final Person NURSE = TestRegion.NURSE;

    @Test
    void sixthLoginOfAccountIsBlocked() {
        failLogins(TEACHER.email(), 5);

        var sixth = logIn(TEACHER);
        var page = new WebSession(port).get("/login?blocked");

        assertThat(WebSession.location(sixth)).isEqualTo("/login?blocked");
        assertThat(page.body()).contains("Er is te vaak geprobeerd in te loggen. Wacht 15 minuten");
    }

    @Test
    void fifthFailureStillShowsWrongLogin() {
        failLogins(TEACHER.email(), 4);

        var fifth = new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", "123456");

        assertThat(WebSession.location(fifth)).isEqualTo("/login?error");
    }

    @Test
    void unknownEmailIsBlockedLikeAccount() {
        failLogins("nobody@school.test", 5);

        var sixth = new WebSession(port).logIn("nobody@school.test", TestAccounts.PASSWORD, "123456");

        assertThat(WebSession.location(sixth)).isEqualTo("/login?blocked");
    }

    @Test
    void loginAfterTwentyFailuresFromAddressIsBlocked() {
        for (int attempt = 1; attempt <= 19; attempt++) {
            failLogins("someone" + attempt + "@school.test", 1);
        }
        var twentieth = logIn(NURSE);
        failLogins("someone20@school.test", 1);

        var twentyFirst = logIn(NURSE);

        assertThat(WebSession.location(twentieth)).isEqualTo("/home");
        assertThat(WebSession.location(twentyFirst)).isEqualTo("/login?blocked");
    }

    @Test
    void blockIsLiftedAfterFifteenMinutes() {
        var start = clock.instant();
        failLogins(TEACHER.email(), 5);

        clock.setInstant(start.plus(Duration.ofMinutes(15)).minusSeconds(1));
        var stillBlocked = logIn(TEACHER);
        clock.setInstant(start.plus(Duration.ofMinutes(15)));
        var lifted = logIn(TEACHER);

        assertThat(WebSession.location(stillBlocked)).isEqualTo("/login?blocked");
        assertThat(WebSession.location(lifted)).isEqualTo("/home");
    }

    @Test
    void successfulLoginForgetsAccountFailures() {
        failLogins(TEACHER.email(), 4);
        logIn(TEACHER);
        clock.setInstant(clock.instant().plusSeconds(30));

        var next = new WebSession(port).logIn(TEACHER.email(), "not-the-right-password", "123456");

        assertThat(WebSession.location(next)).isEqualTo("/login?error");
    }

    @Test
    void parallelAccountGuessesAreCounted() throws Exception {
        var outcomes = inParallel(
                30,
                attempt -> new WebSession(port).logIn(TEACHER.email(), "not-the-right-password-" + attempt, "123456"));

        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("/login?blocked"::equals).hasSize(25);
        assertThat(WebSession.location(logIn(TEACHER))).isEqualTo("/login?blocked");
    }

    @Test
    void parallelAddressGuessesAreCounted() throws Exception {
        var outcomes = inParallel(
                30,
                attempt -> new WebSession(port)
                        .logIn("someone" + attempt + "@school.test", "not-the-right-password", "123456"));

        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(20);
        assertThat(outcomes).filteredOn("/login?blocked"::equals).hasSize(10);
        assertThat(WebSession.location(logIn(NURSE))).isEqualTo("/login?blocked");
    }

    @Test
    void anotherAddressIsNotBlocked() throws Exception {
        for (int attempt = 1; attempt <= 20; attempt++) {
            failLogins("someone" + attempt + "@school.test", 1);
        }
        var code = TestAccounts.totpCode(accounts.of(NURSE).totpSecret(), clock.instant());

        var fromOtherAddress = logInFrom("127.0.0.2", NURSE.email(), TestAccounts.PASSWORD, code);
        var fromBlockedAddress = logIn(NURSE);

        assertThat(fromOtherAddress).isEqualTo("/home");
        assertThat(WebSession.location(fromBlockedAddress)).isEqualTo("/login?blocked");
    }

    /** Runs the logins at the same moment and returns where each was sent. */
    private static List<String> inParallel(int count, ParallelLogin login) throws Exception {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(count);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int attempt = 0; attempt < count; attempt++) {
                int number = attempt;
                Callable<String> task = () -> {
                    start.await();
                    return WebSession.location(login.run(number));
                };
                futures.add(executor.submit(task));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ParallelLogin {
        java.net.http.HttpResponse<String> run(int attempt);
    }

    private static final Pattern CSRF_COOKIE = Pattern.compile("(?im)^Set-Cookie: (XSRF-TOKEN=[^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (?:https?://[^/]+)?(\\S+)");

    /**
     * Logs in over connections from the given loopback address (the JDK's HTTP client cannot choose
     * its own address), and returns where the login sent the browser.
     */
    private String logInFrom(String sourceAddress, String email, String password, String code) {
        var loginPage = exchange(sourceAddress, "GET /login HTTP/1.0\r\n\r\n");
        var cookie = find(CSRF_COOKIE, loginPage);
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&code=" + encode(code) + "&_csrf="
                + encode(find(CSRF_FIELD, loginPage));
        var response = exchange(
                sourceAddress,
                "POST /login HTTP/1.0\r\nCookie: " + cookie
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + form.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + form);
        return find(LOCATION, response);
    }

    private String exchange(String sourceAddress, String request) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("HTTP/1.0\r\n", "HTTP/1.0\r\nHost: localhost:" + port + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void failLogins(String email, int count) {
        for (int attempt = 0; attempt < count; attempt++) {
            var response = new WebSession(port).logIn(email, "not-the-right-password", "123456");
            assertThat(WebSession.location(response)).isEqualTo("/login?error");
        }
    }

    private java.net.http.HttpResponse<String> logIn(Person person) {
        var code = TestAccounts.totpCode(accounts.of(person).totpSecret(), clock.instant());
        return new WebSession(port).logIn(person.email(), TestAccounts.PASSWORD, code);
    }
}
