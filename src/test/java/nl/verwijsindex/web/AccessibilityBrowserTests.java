package nl.verwijsindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Checks every public page with axe-core against WCAG 2.1 level A and AA, in both languages. */
class AccessibilityBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0} page in {2}")
    @CsvSource({
        "start,     /,                           nl",
        "start,     /,                           en",
        "login,     /login,                      nl",
        "login,     /login,                      en",
        "login-failed,  /login?error,            nl",
        "login-failed,  /login?error,            en",
        "login-blocked, /login?blocked,          nl",
        "login-blocked, /login?blocked,          en",
        "logged-out,    /login?logout,           nl",
        "logged-out,    /login?logout,           en",
        "session-expired, /login?expired,        nl",
        "session-expired, /login?expired,        en",
        "not-found, /nlds/no-such-file.css,      nl",
        "not-found, /nlds/no-such-file.css,      en",
        "forbidden, /no-such-page,               nl",
        "forbidden, /no-such-page,               en",
    })
    void pageHasNoViolations(String page, String path, String language) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);

        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(page + "-" + language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(results.getPasses()).as("rules that axe-core checked").isNotEmpty();
        assertThat(results.getViolations())
                .as(
                        "WCAG 2.1 AA violations on the %s page in %s: %s",
                        page, language, describe(results.getViolations()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/login", "/nlds/no-such-file.css"})
    void stylesAndFontLoadUnderPolicy(String path) {
        consoleMessages();

        open(path);
        var loadedFonts = browser.executeAsyncScript("const done = arguments[0];"
                + "document.fonts.ready.then(() => done([...document.fonts]"
                + ".filter(font => font.status === 'loaded').map(font => font.family)));");
        var stylesheets = browser.executeScript("return document.styleSheets.length");
        var fontFamily = browser.executeScript("return getComputedStyle(document.body).fontFamily");

        assertThat(consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        assertThat(((Number) stylesheets).intValue()).isEqualTo(4);
        assertThat(String.valueOf(loadedFonts)).as("loaded fonts").contains("Noto Sans Variable");
        assertThat(String.valueOf(fontFamily)).as("font of the page").startsWith("\"Noto Sans Variable\"");
    }

    @ParameterizedTest(name = "{0} page on a phone")
    @CsvSource({"start, /", "login, /login"})
    void pageFitsPhoneScreen(String page, String path) {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open(path + "?lang=nl");

            var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            var pageWidth = browser.executeScript("return document.documentElement.scrollWidth");
            saveScreenshot(page + "-nl-phone");

            assertThat(results.getViolations())
                    .as("WCAG 2.1 AA violations on the %s page on a phone: %s", page, describe(results.getViolations()))
                    .isEmpty();
            assertThat(((Number) pageWidth).intValue())
                    .as("page width, which must not scroll sideways")
                    .isLessThanOrEqualTo(390);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
