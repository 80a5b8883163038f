package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.coordination.internal.Matches.accountOf;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_HEALTH_CARE;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordination forms on {@code /matches} in headless Chromium: axe-core in both languages on
 * each state the page can show, and the forms used with the keyboard alone. The match has TEACHER
 * of a signal-only school, NURSE and CARER; the priority list proposes NURSE when the match is made.
 */
class CoordinationBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    CoordinationService coordination;

    @Autowired
    CoordinatorPriorities priorities;

    UUID match;

    @BeforeEach
    void matchWithProposal() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_HEALTH_CARE));
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
    }

    @ParameterizedTest(name = "matches page in {0}")
    @ValueSource(strings = {"nl", "en"})
    void matchesPageHasNoViolations(String language) {
        logIn(NURSE);
        open("/matches?lang=" + language);
        var violations = new ArrayList<String>();

        assertThat(browser.findElements(By.id("match-1-accept"))).hasSize(1);
        check("proposed-to-you", language, violations);
        // Meanwhile CARER proposes themself, so NURSE's accept on the open page is rejected.
        coordination.propose(accountOf(CARER), match, CARER.id());
        pressEnterAndWait(By.id("match-1-accept"));
        assertThat(browser.findElements(By.id("error-summary"))).hasSize(1);
        check("rejected", language, violations);
        pressEnterAndWait(By.id("match-1-contact"));
        assertThat(browser.findElements(By.id("coordination-outcome"))).hasSize(1);
        check("contact-recorded", language, violations);
        coordination.accept(accountOf(CARER), match);
        open("/matches");
        check("coordinated", language, violations);

        assertThat(violations).isEmpty();
    }

    @Test
    void formsWorkWithKeyboardAlone() {
        logIn(NURSE);
        open("/matches");

        tabUntil("match-1-candidate");
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        tabUntil("match-1-propose");
        enterAndWait();
        var proposed = browser.findElement(By.id("match-1-proposed")).getText();
        var outcome = browser.findElement(By.id("coordination-outcome")).getText();
        tabUntil("match-1-contact");
        enterAndWait();

        assertThat(outcome).isEqualTo("Uw voorstel voor een regievoerder is vastgelegd.");
        assertThat(proposed).isEqualTo("Eva Visser (Jeugdhulp Zuid)");
        assertThat(browser.findElement(By.id("match-1-status")).getText())
                .isEqualTo("In contact: er is contact gemaakt, nog zonder regievoerder");
        assertThat(browser.findElement(By.id("match-1-own-contact")).getText())
                .isEqualTo("U hebt op 4 december 2026 vastgelegd dat er contact is gemaakt.");
    }

    private void check(String state, String language, List<String> violations) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("coordination-" + state + "-" + language);
        assertThat(results.getPasses())
                .as("rules that axe-core checked on %s", state)
                .isNotEmpty();
        if (!results.getViolations().isEmpty()) {
            violations.add(state + ": " + describe(results.getViolations()));
        }
    }

    /** Sends Enter to the element and waits for the page that the form returns. */
    private void pressEnterAndWait(By element) {
        markPage();
        browser.findElement(element).sendKeys(Keys.ENTER);
        waitForNextPage();
    }

    /** Presses Enter on the focused element and waits for the page that the form returns. */
    private void enterAndWait() {
        markPage();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForNextPage();
    }

    private void markPage() {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
    }

    /** Waits until the browser has loaded a page without the mark of {@link #markPage()}. */
    private void waitForNextPage() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.previousPage === undefined")));
    }

    /** Presses Tab until the element with the id has the focus. */
    private void tabUntil(String id) {
        var reached = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            var focused = browser.switchTo().activeElement().getAttribute("id");
            reached.add(focused);
            if (id.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id + ", only " + reached);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + ")")
                .collect(Collectors.joining(", "));
    }
}
