package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.verwijsindex.testing.BrowserTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main flow with the keyboard alone. Each professional starts on the start page, logs in, opens
 * the register form from the menu, registers the child, opens their matches and logs out. The test
 * moves only with Tab and acts only with Enter and typed text.
 */
class MainFlowKeyboardBrowserTests extends BrowserTest {

    /** An RvIG test person: born 2017-01-01, lives in 's-Gravenhage. */
    private static final String CHILD = "999970033";

    @Test
    void mainFlowWithKeyboardAlone() {
        registerWithKeyboard(TEACHER, "KB-0001");
        logOutWithKeyboard();
        registerWithKeyboard(CARER, "");
        var carerMatches = matchesWithKeyboard();
        logOutWithKeyboard();
        // A TOTP code logs in only once, so the teacher's second login needs the next 30-second step.
        clock.setInstant(clock.instant().plusSeconds(30));
        logInWithKeyboard(TEACHER);
        var teacherMatches = matchesWithKeyboard();

        assertThat(carerMatches).contains("Kindmatch", TEACHER.name(), TEACHER.email(), TEACHER.phone());
        assertThat(carerMatches).doesNotContain("KB-0001");
        assertThat(teacherMatches).contains("Kindmatch", CARER.name(), CARER.email(), CARER.phone(), "KB-0001");
        assertThat(browser.getCurrentUrl()).doesNotContain(CHILD);
    }

    private void registerWithKeyboard(Person person, String ownReference) {
        logInWithKeyboard(person);
        tabUntil("menu-new-signal");
        pressEnterAndWait();
        tabUntil("bsn").sendKeys(CHILD);
        tabUntil("own-reference").sendKeys(ownReference);
        tabUntil("register-submit");
        pressEnterAndWait();

        assertThat(browser.findElement(By.id("outcome")).getText()).isNotEmpty();
    }

    private void logInWithKeyboard(Person person) {
        open("/");
        tabUntil("login-link");
        pressEnterAndWait();
        tabUntil("email").sendKeys(person.email());
        tabUntil("password").sendKeys(TestAccounts.PASSWORD);
        var code = TestAccounts.totpCode(accounts.of(person).totpSecret(), clock.instant());
        tabUntil("one-time-code").sendKeys(code);
        tabUntil("login-submit");
        pressEnterAndWait();

        assertThat(browser.getCurrentUrl()).endsWith("/home");
    }

    private String matchesWithKeyboard() {
        tabUntil("menu-matches");
        pressEnterAndWait();

        assertThat(browser.getCurrentUrl()).endsWith("/matches");
        return browser.findElement(By.id("main")).getText();
    }

    private void logOutWithKeyboard() {
        tabUntil("logout");
        pressEnterAndWait();

        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
    }

    /** Presses Enter on the focused element and waits until the browser has loaded the next page. */
    private void pressEnterAndWait() {
        browser.executeScript("document.documentElement.dataset.previousPage = 'true'");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.previousPage === undefined")));
    }

    /** Presses Tab until the element with the id has the focus, and fails when it is not reached in 40 steps. */
    private WebElement tabUntil(String id) {
        var reached = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            var focused = browser.switchTo().activeElement();
            reached.add(focused.getAttribute("id"));
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached #" + id + ", only " + List.copyOf(reached));
    }
}
