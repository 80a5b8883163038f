package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A professional's pages in headless Chromium: the main flow of two professionals who register the
 * same child, the form used with the keyboard alone, and axe-core on every page in both languages.
 */
class ProfessionalPagesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** An RvIG test person: born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void twoProfessionalsMatchOnSameChild() throws Exception {
        logIn(TEACHER);
        registerWithMouse(CHILD, "LL-0042");
        var teacherSignalNumber = browser.findElement(By.id("signal-number")).getText();
        logOut();
        logIn(CARER);
        registerWithMouse(CHILD, "");

        open("/matches");
        var carerView = browser.findElement(By.id("main")).getText();
        logOut();
        // A TOTP code logs in only once, so the teacher's second login needs the next 30-second step.
        clock.setInstant(clock.instant().plusSeconds(30));
        logIn(TEACHER);
        clickAndWait(By.id("menu-matches"));
        var teacherView = browser.findElement(By.id("main")).getText();
        var mailto = browser.findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href");

        assertThat(carerView)
                .contains("Kindmatch", TEACHER.name(), TEACHER.organisation().name(), TEACHER.email());
        assertThat(carerView).contains(TEACHER.phone()).doesNotContain("LL-0042");
        assertThat(teacherView)
                .contains("Kindmatch", CARER.name(), CARER.organisation().name(), CARER.email());
        assertThat(teacherView).contains(CARER.phone(), "LL-0042", "Melding " + teacherSignalNumber);
        assertThat(mailto).isEqualTo("mailto:" + CARER.email());
        assertThat(smtp.waitForIncomingEmail(10_000, 2))
                .as("two emails arrived")
                .isTrue();
        assertThat(recipients(smtp.getReceivedMessages())).containsExactlyInAnyOrder(TEACHER.email(), CARER.email());
    }

    @Test
    void registerFormWorksWithKeyboardAlone() {
        logIn(TEACHER);
        open("/signals/new");

        var reached = new ArrayList<String>();
        tabUntil("bsn", reached).sendKeys(CHILD);
        tabUntil("own-reference", reached).sendKeys("LL-0042");
        tabUntil("register-submit", reached);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().endsWith("/signals/new"));

        assertThat(reached).containsSubsequence("skip-link", "bsn", "own-reference", "end-date", "register-submit");
        assertThat(browser.getCurrentUrl()).matches(".*/signals/[0-9a-f-]{36}").doesNotContain(CHILD);
        assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("Uw melding is opgeslagen.");
        assertThat(browser.findElement(By.id("signal-own-reference")).getText()).isEqualTo("LL-0042");
    }

    @Test
    void errorSummaryLinkMovesFocusToField() {
        logIn(TEACHER);
        open("/signals/new");
        browser.findElement(By.id("bsn")).sendKeys("999970034");
        clickAndWait(By.id("register-submit"));

        browser.findElement(By.cssSelector("#error-summary a[href='#bsn']")).click();

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("bsn");
        assertThat(browser.findElement(By.id("bsn")).getAttribute("value")).isEqualTo("999970034");
    }

    @ParameterizedTest(name = "pages in {0}")
    @ValueSource(strings = {"nl", "en"})
    void pagesHaveNoViolations(String language) {
        logIn(TEACHER);
        registerWithMouse(CHILD, "LL-0042");
        var signalPath = browser.getCurrentUrl().replaceFirst("^http://[^/]+", "");
        logOut();
        logIn(CARER);
        registerWithMouse(CHILD, "");
        open("/home?lang=" + language);

        var violations = new ArrayList<String>();
        check("home", language, violations);
        open("/signals/new");
        check("signal-form", language, violations);
        browser.findElement(By.id("bsn")).sendKeys("999970034");
        browser.findElement(By.id("own-reference")).sendKeys("999 970 045");
        clickAndWait(By.id("register-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(2);
        check("signal-form-errors", language, violations);
        open("/signals");
        check("signals", language, violations);
        clickAndWait(By.cssSelector("#active-signals a"));
        check("signal", language, violations);
        clickAndWait(By.id("end-submit"));
        check("signal-end-error", language, violations);
        browser.findElement(By.id("reason-unjustified")).sendKeys(Keys.SPACE);
        clickAndWait(By.id("end-submit"));
        check("confirm-destroy", language, violations);
        open("/matches");
        check("matches", language, violations);
        open(signalPath);
        check("not-found", language, violations);

        assertThat(violations).isEmpty();
    }

    private void check(String page, String language, List<String> violations) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("professional-" + page + "-" + language);
        assertThat(results.getPasses())
                .as("rules that axe-core checked on %s", page)
                .isNotEmpty();
        if (!results.getViolations().isEmpty()) {
            violations.add(page + ": " + describe(results.getViolations()));
        }
    }

    private void registerWithMouse(String bsn, String ownReference) {
        open("/signals/new");
        browser.findElement(By.id("bsn")).sendKeys(bsn);
        browser.findElement(By.id("own-reference")).sendKeys(ownReference);
        clickAndWait(By.id("register-submit"));
        assertThat(browser.findElement(By.id("outcome")).getText()).isNotEmpty();
    }

    private void logOut() {
        open("/home");
        clickAndWait(By.id("logout"));
    }

    /**
     * Activates the link or button with Enter, as a keyboard user would, and waits until the browser
     * has loaded the next page. Headless Chromium reported mouse clicks on buttons near the bottom
     * of the window as intercepted by another element.
     */
    private void clickAndWait(By element) {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
        browser.findElement(element).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.previousPage === undefined")));
    }

    /** Presses Tab until the element with the id has the focus, and records every id that got it on the way. */
    private WebElement tabUntil(String id, List<String> reached) {
        for (int i = 0; i < 20; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            var focused = browser.switchTo().activeElement();
            reached.add(focused.getAttribute("id"));
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached #" + id + ", only " + reached);
    }

    private static List<String> recipients(Message[] messages) throws Exception {
        var recipients = new ArrayList<String>();
        for (var message : messages) {
            Arrays.stream(message.getAllRecipients())
                    .map(address -> ((InternetAddress) address).getAddress())
                    .forEach(recipients::add);
        }
        return recipients;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
