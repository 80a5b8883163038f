package nl.verwijsindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class LanguageSwitchBrowserTests extends BrowserTest {

    @Test
    void pagesAreDutchForDutchBrowser() {
        open("/");

        assertThat(language()).isEqualTo("nl");
        assertThat(heading()).isEqualTo("Verwijsindex");
        assertThat(browser.findElement(By.id("language-nl")).getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("language-en")).getAttribute("aria-current"))
                .isNull();
    }

    @Test
    void englishLinkSwitchesLanguageAndKeepsPage() {
        open("/login");

        browser.findElement(By.id("language-en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/login?lang=en"));

        assertThat(browser.getCurrentUrl()).endsWith("/login?lang=en");
        assertThat(language()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Log in");
        assertThat(browser.findElement(By.cssSelector("label[for=email]")).getText())
                .isEqualTo("Email address");
    }

    @Test
    void chosenLanguageStaysOnNextPage() {
        open("/");
        browser.findElement(By.id("language-en")).click();

        open("/login");

        assertThat(language()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Log in");
    }

    @Test
    void dutchLinkSwitchesBack() {
        open("/?lang=en");

        browser.findElement(By.id("language-nl")).click();
        open("/login");

        assertThat(language()).isEqualTo("nl");
        assertThat(heading()).isEqualTo("Inloggen");
    }

    @Test
    void errorPageFollowsChosenLanguage() {
        open("/?lang=en");

        open("/nlds/no-such-file.css");

        assertThat(language()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Page not found");
    }

    private String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }
}
