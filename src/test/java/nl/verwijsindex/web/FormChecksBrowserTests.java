package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED_WORKER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks with axe-core, against WCAG 2.1 level A and AA, the pages whose messages the form checks
 * changed: each shown with its new error or notice, in both languages.
 */
class FormChecksBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void professionalPagesHaveNoViolations(String language) {
        var violations = new ArrayList<String>();
        var signal = new TestApi(port)
                .post(
                        TEACHER.organisation().apiToken(),
                        "/api/v1/signals",
                        Map.of("bsn", CHILD, "professionalId", TEACHER.id().toString()));
        assertThat(signal.status()).as(signal.text()).isEqualTo(201);
        logIn(TEACHER);

        open("/signals/new?lang=" + language);
        browser.findElement(By.id("own-reference")).sendKeys("dossier 0000 9830");
        clickAndWait(By.id("register-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).isNotEmpty();
        check("register-errors", language, violations);

        open("/signals/" + signal.body().path("id").asString());
        clickAndWait(By.id("end-submit"));
        assertThat(browser.findElement(By.id("end-error")).getText()).isNotEmpty();
        check("end-without-reason", language, violations);

        open("/profile");
        var phone = browser.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys("999 970 045");
        clickAndWait(By.id("phone-submit"));
        assertThat(browser.findElement(By.id("phone-error")).getText()).isNotEmpty();
        check("profile-phone-bsn", language, violations);

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void refusalAndExpiredNoticeHaveNoViolations(String language) {
        var violations = new ArrayList<String>();

        open("/login?expired&lang=" + language);
        assertThat(browser.findElement(By.id("session-expired")).getText()).isNotEmpty();
        check("login-expired", language, violations);

        logIn(SUSPENDED_WORKER);
        open("/signals/new?lang=" + language);
        assertThat(browser.findElement(By.id("refusal")).getText()).isNotEmpty();
        check("register-refused", language, violations);

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void administratorFormsHaveNoViolations(String language) {
        var violations = new ArrayList<String>();

        logIn(SCHOOL_ADMINISTRATOR);
        open("/organisation/professionals/new?lang=" + language);
        browser.findElement(By.id("name")).sendKeys("Kind 999970045");
        browser.findElement(By.id("email")).sendKeys("rik@school.test");
        browser.findElement(By.id("phone")).sendKeys("06-1234");
        clickAndWait(By.id("designate-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(2);
        check("new-professional-bsn", language, violations);
        open("/organisation/settings");
        browser.findElement(By.id("default-signal-months")).clear();
        clickAndWait(By.id("settings-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        check("settings-months-missing", language, violations);

        browser.manage().deleteAllCookies();
        logIn(MUNICIPAL_OFFICER);
        open("/municipality/0363/organisations/new?lang=" + language);
        var months = browser.findElement(By.id("default-signal-months"));
        months.clear();
        months.sendKeys("-1");
        browser.findElement(By.id("invitee-name")).sendKeys("999 970 045");
        clickAndWait(By.id("connect-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSizeGreaterThan(2);
        check("connect-errors", language, violations);

        browser.manage().deleteAllCookies();
        logIn(FUNCTIONAL_ADMINISTRATOR);
        open("/administration/municipalities/new?lang=" + language);
        browser.findElement(By.id("code")).sendKeys("1999");
        clickAndWait(By.id("new-municipality-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSizeGreaterThan(1);
        check("new-municipality-errors", language, violations);

        assertThat(violations).isEmpty();
    }

    private void check(String page, String language, List<String> violations) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("form-checks-" + page + "-" + language);
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
