package nl.verwijsindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the tests that drive a real browser: Debian's headless Chromium and its chromedriver,
 * one browser per test class with a fresh profile, on the shared application context. The browser
 * sends {@code Accept-Language} with Dutch first, as a Dutch professional's browser would. Chromium must be installed
 * ({@code .ci/run} installs it); Selenium never downloads a driver, because the path is given.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Missing " + CHROMIUM + " or " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver packages, as .ci/run does");
        }
        profile = Files.createTempDirectory("verwijsindex-chromium-");

        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options(profile));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        deleteFolder(profile);
    }

    @BeforeEach
    void forgetCookies() {
        browser.manage().deleteAllCookies();
    }

    /** Opens a path of the application, such as {@code /login?lang=en}. */
    protected void open(String pathAndQuery) {
        browser.get("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** Logs the test-region person in through the login form, with the password and the current TOTP code. */
    protected void logIn(TestRegion.Person person) {
        logIn(person.email(), accounts.of(person).totpSecret());
    }

    /** Logs the administrator or officer in through the login form, with the password and the current TOTP code. */
    protected void logIn(TestRegion.Administrator administrator) {
        logIn(administrator.email(), accounts.of(administrator).totpSecret());
    }

    private void logIn(String email, String totpSecret) {
        var code = TestAccounts.totpCode(totpSecret, clock.instant());
        open("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("one-time-code")).sendKeys(code);
        browser.findElement(By.id("login-submit")).click();
        // The click can return before the browser has followed the redirect, so wait for it to leave the form.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().endsWith("/login"));
    }

    /** Returns the console messages that the browser logged since the last call. */
    protected List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves the visible part of the page as {@code target/screenshots/<name>.png}. */
    protected Path saveScreenshot(String name) {
        var target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static ChromeOptions options(Path profile) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox because CI runs as root, where Chromium's sandbox cannot start. The other
        // flags keep the browser from calling Google's services during a test.
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl,en"));
        // Keeps the console messages, where Chromium reports what the content security policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return options;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
