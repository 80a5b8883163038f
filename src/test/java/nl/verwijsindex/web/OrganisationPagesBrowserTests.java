package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The organisation administrator's pages in headless Chromium: a transfer with the mouse, and axe-core on every page. */
class OrganisationPagesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void administratorTransfersSignalToColleague() {
        register(TEACHER, CHILD, "LL-0042");
        logIn(SCHOOL_ADMINISTRATOR);

        open("/organisation/professionals");
        clickAndWait(By.id("transfer-" + TEACHER.id()));
        new Select(browser.findElement(By.id("colleague"))).selectByVisibleText("Bram Janssen");
        clickAndWait(By.id("transfer-submit"));

        assertThat(browser.getCurrentUrl()).endsWith("/organisation/signals");
        assertThat(browser.findElement(By.id("outcome-transferred")).getText()).isEqualTo("1 melding is overgedragen.");
        assertThat(browser.findElement(By.id("signals")).getText()).contains("Bram Janssen", "LL-0042");
    }

    @ParameterizedTest(name = "pages in {0}")
    @ValueSource(strings = {"nl", "en"})
    void pagesHaveNoViolations(String language) {
        register(TEACHER, CHILD, "LL-0042");
        register(CARER, CHILD, "");
        logIn(SCHOOL_ADMINISTRATOR);
        open("/organisation?lang=" + language);

        var violations = new ArrayList<String>();
        check("overview", language, violations);
        open("/organisation/settings");
        check("settings", language, violations);
        var months = browser.findElement(By.id("default-signal-months"));
        months.clear();
        months.sendKeys("30");
        clickAndWait(By.id("settings-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        check("settings-errors", language, violations);
        open("/organisation/professionals");
        check("professionals", language, violations);
        open("/organisation/professionals/new");
        check("new-professional", language, violations);
        browser.findElement(By.id("email")).sendKeys("geen-adres");
        clickAndWait(By.id("designate-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(2);
        check("new-professional-errors", language, violations);
        open("/organisation/professionals/" + TEACHER.id() + "/transfer");
        check("transfer", language, violations);
        clickAndWait(By.id("transfer-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        check("transfer-errors", language, violations);
        open("/organisation/signals");
        check("signals", language, violations);
        open("/organisation/api-clients");
        check("api-clients", language, violations);
        clickAndWait(By.id("create-client-submit"));
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).hasSize(1);
        check("api-clients-errors", language, violations);
        browser.findElement(By.id("client-name")).sendKeys("Leerlingvolgsysteem");
        clickAndWait(By.id("create-client-submit"));
        assertThat(browser.findElement(By.id("token")).getAttribute("value")).isNotEmpty();
        check("api-client-token", language, violations);
        clickAndWait(By.id("back-link"));
        clickAndWait(By.cssSelector("a[id^='rotate-']"));
        check("confirm-rotate", language, violations);
        clickAndWait(By.id("rotate-cancel"));
        clickAndWait(By.cssSelector("a[id^='revoke-']"));
        check("confirm-revoke", language, violations);
        open("/organisation/professionals/" + java.util.UUID.randomUUID() + "/transfer");
        check("not-found", language, violations);

        assertThat(violations).isEmpty();
    }

    private void check(String page, String language, List<String> violations) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("organisation-" + page + "-" + language);
        assertThat(results.getPasses())
                .as("rules that axe-core checked on %s", page)
                .isNotEmpty();
        if (!results.getViolations().isEmpty()) {
            violations.add(page + ": " + describe(results.getViolations()));
        }
    }

    private void register(nl.verwijsindex.testing.TestRegion.Person professional, String bsn, String ownReference) {
        var body = new java.util.HashMap<String, String>();
        body.put("bsn", bsn);
        body.put("professionalId", professional.id().toString());
        if (!ownReference.isEmpty()) {
            body.put("ownReference", ownReference);
        }
        var response = new TestApi(port).post(professional.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
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
