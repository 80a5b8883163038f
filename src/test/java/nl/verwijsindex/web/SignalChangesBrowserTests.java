package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recording informing and extending a signal on its page in headless Chromium, and axe-core on the
 * changed pages in both languages.
 */
class SignalChangesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Born 2012-04-18: 14 on 4 December 2026, so the parents and the child must be informed. */
    private static final String AGED_14 = "999999369";

    @Test
    void recordsInformingAndExtends() {
        logIn(TEACHER);
        register(AGED_14);

        setDate("informed-on", "2026-12-04");
        browser.findElement(By.id("informed-parents")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("informed-child")).sendKeys(Keys.SPACE);
        clickAndWait(By.id("informing-submit"));
        var informing = browser.findElement(By.id("signal-informing")).getText();
        setDate("new-end-date", "2028-06-30");
        clickAndWait(By.id("extension-submit"));

        assertThat(informing).isEqualTo("Op 4 december 2026: de ouders en het kind");
        assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("De melding is verlengd.");
        assertThat(browser.findElement(By.id("signal-end-date")).getText()).isEqualTo("30 juni 2028");
    }

    @Test
    void errorSummaryLinkMovesFocusToDateField() {
        logIn(TEACHER);
        register(AGED_14);
        setDate("new-end-date", "2028-12-05");
        clickAndWait(By.id("extension-submit"));

        browser.findElement(By.cssSelector("#error-summary a[href='#new-end-date']"))
                .click();

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("new-end-date");
        assertThat(browser.findElement(By.id("new-end-date-error")).getText())
                .isEqualTo("De datum 5 december 2028 ligt na de uiterste einddatum 4 december 2028. Vul een datum in"
                        + " tot en met 4 december 2028.");
    }

    @ParameterizedTest(name = "pages in {0}")
    @ValueSource(strings = {"nl", "en"})
    void changedPagesHaveNoViolations(String language) {
        logIn(TEACHER);
        register(AGED_14);
        var signalPath = browser.getCurrentUrl().replaceFirst("^http://[^/]+", "");
        open(signalPath + "?lang=" + language);

        var violations = new ArrayList<String>();
        check("signal-not-informed", language, violations);
        setDate("informed-on", "2026-12-05");
        browser.findElement(By.id("informed-parents")).sendKeys(Keys.SPACE);
        clickAndWait(By.id("informing-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(2);
        check("signal-informing-errors", language, violations);
        clickAndWait(By.id("postpone-submit"));
        check("signal-postponed", language, violations);
        setDate("new-end-date", "2027-12-04");
        clickAndWait(By.id("extension-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        check("signal-extension-errors", language, violations);
        open("/signals");
        check("signals-with-informing", language, violations);

        assertThat(violations).isEmpty();
    }

    @Test
    void signalPageFitsPhoneScreen() {
        logIn(TEACHER);
        register(AGED_14);
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();

            var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            var pageWidth = browser.executeScript("return document.documentElement.scrollWidth");
            saveScreenshot("professional-signal-nl-phone");

            assertThat(results.getViolations())
                    .as("WCAG 2.1 AA violations on the signal page on a phone: %s", describe(results.getViolations()))
                    .isEmpty();
            assertThat(((Number) pageWidth).intValue())
                    .as("page width, which must not scroll sideways")
                    .isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void register(String bsn) {
        open("/signals/new");
        browser.findElement(By.id("bsn")).sendKeys(bsn);
        clickAndWait(By.id("register-submit"));
        assertThat(browser.findElement(By.id("outcome")).getText()).isNotEmpty();
    }

    /**
     * Sets a date field's value as the browser would send it. Typing into a date field depends on
     * the browser's locale, which orders day, month and year differently.
     */
    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
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

    /** Activates the link or button with Enter and waits until the browser has loaded the next page. */
    private void clickAndWait(By element) {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
        browser.findElement(element).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.previousPage === undefined")));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
