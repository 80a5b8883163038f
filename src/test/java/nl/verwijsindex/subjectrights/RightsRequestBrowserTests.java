package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.SECOND_OFFICER;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A municipal officer handles an inspection and an objection in headless Chromium, and a second
 * officer approves both. axe-core checks every page on the way, in Dutch and in English.
 */
class RightsRequestBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void officersHandleInspectionAndObjection(String language) {
        var api = new TestApi(port);
        api.register(SCHOOL.apiToken(), CHILD_13, TEACHER.id());
        api.register(YOUTH_CARE.apiToken(), CHILD_13, CARER.id());
        logIn(MUNICIPAL_OFFICER);

        open("/municipality/rights-requests?lang=" + language);
        check("list-empty-" + language);
        var inspection = recordAndPropose("inspection", "letter-ready", "", language);
        var objection = recordAndPropose("objection", "upheld", "Geen grond voor de meldingen.", language);
        browser.findElement(By.id("logout")).click();
        logIn(SECOND_OFFICER);
        approve(inspection, language);
        approve(objection, language);
        open("/municipality/rights-requests?lang=" + language);
        check("list-" + language);

        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#requests tbody tr"))).hasSize(2);
        assertThat(jdbc.sql("select count(*) from signals").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from rights_requests where status = 'approved'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    /** Records a request through the form, looks the child up and proposes the outcome, and returns the request's path. */
    private String recordAndPropose(String kind, String outcome, String note, String language) {
        browser.findElement(By.id("menu-rights-requests")).click();
        browser.findElement(By.id("new-request")).click();
        check("new-" + kind + "-" + language);
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        new Select(browser.findElement(By.id("requester"))).selectByValue("parent-and-child");
        new Select(browser.findElement(By.id("statedAge"))).selectByValue("12-to-15");
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("receivedOn")), "2026-12-01");
        click("record-submit");
        await("bsn");
        check("look-up-" + kind + "-" + language);

        browser.findElement(By.id("bsn")).sendKeys(CHILD_13);
        click("look-up-submit");
        await("propose-submit");
        check("propose-" + kind + "-" + language);
        // A proposal without an outcome shows the error linked to the marked radio buttons.
        click("propose-submit");
        await("outcome-error");
        check("propose-error-" + kind + "-" + language);
        click("outcome-" + outcome);
        browser.findElement(By.id("note")).sendKeys(note);
        click("propose-submit");
        await("own-proposal");
        check("proposed-" + kind + "-" + language);
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private void approve(String path, String language) {
        open(path + "?lang=" + language);
        check("approve-" + language);
        click("approve-submit");
        await("outcome");
        check("approved-" + language);
    }

    /**
     * Clicks the element through the page's script. The screenshots of this setup show a viewport 757
     * pixels high in a 900-pixel window, and Selenium's own click misses an element it scrolls below 757.
     */
    private void click(String id) {
        browser.executeScript("arguments[0].click()", browser.findElement(By.id(id)));
    }

    private void await(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Runs axe-core on the page and collects its violations under the page's name. */
    private void check(String page) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("rights-" + page);
        if (!results.getViolations().isEmpty()) {
            violations.add(page + ": " + describe(results.getViolations()));
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
