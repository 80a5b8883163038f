package nl.verwijsindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Uses the pages with the keyboard alone: Tab to move, Enter to follow a link. */
class KeyboardBrowserTests extends BrowserTest {

    @Test
    void firstTabReachesSkipLink() {
        openLoaded("/login");

        var focused = pressTab();

        assertThat(focused.getAttribute("id")).isEqualTo("skip-link");
        assertThat(focused.isDisplayed()).as("skip link visible when focused").isTrue();
        assertThat(focused.getText()).isEqualTo("Direct naar de inhoud");
    }

    @Test
    void skipLinkMovesFocusPastHeader() {
        openLoaded("/login");
        pressTab();

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        var focused = pressTab();

        assertThat(browser.getCurrentUrl()).endsWith("/login#main");
        assertThat(focused.getAttribute("id")).isEqualTo("email");
    }

    @Test
    void tabReachesEveryLoginFieldInOrder() {
        openLoaded("/login");

        var order = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            order.add(pressTab().getAttribute("id"));
        }

        assertThat(order)
                .containsSubsequence(
                        "skip-link",
                        "language-nl",
                        "language-en",
                        "email",
                        "password",
                        "one-time-code",
                        "login-submit");
    }

    @Test
    void tabReachesLoginLinkOnStartPage() {
        openLoaded("/");

        var order = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            order.add(pressTab().getAttribute("href"));
        }

        assertThat(order).anySatisfy(href -> assertThat(href).endsWith("/login"));
    }

    /**
     * Opens the page and waits until it has loaded completely, so that the first
     * Tab starts at the top of the page also on a busy machine.
     */
    private void openLoaded(String path) {
        open(path);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                (Boolean) ((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete';"));
    }

    private WebElement pressTab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        return browser.switchTo().activeElement();
    }
}
