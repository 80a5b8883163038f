package nl.verwijsindex.web;

import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Checks the pages of a municipality and of the functional administrator with axe-core against
 * WCAG 2.1 level A and AA, in both languages, logged in as the role that uses them.
 */
class MunicipalityPagesBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{1} as {0} in {3}")
    @CsvSource({
        "officer,       municipality,          /municipality/0363,                      nl",
        "officer,       municipality,          /municipality/0363,                      en",
        "officer,       connect,               /municipality/0363/organisations/new,    nl",
        "officer,       connect,               /municipality/0363/organisations/new,    en",
        "officer,       confirm-suspend,       /municipality/0363/organisations/SCHOOL/suspend, nl",
        "officer,       confirm-suspend,       /municipality/0363/organisations/SCHOOL/suspend, en",
        "officer,       settings,              /municipality/0363/settings,             nl",
        "officer,       settings,              /municipality/0363/settings,             en",
        "administrator, administration,        /administration,                         nl",
        "administrator, administration,        /administration,                         en",
        "administrator, new-municipality,      /administration/municipalities/new,      nl",
        "administrator, new-municipality,      /administration/municipalities/new,      en",
        "administrator, outbox,                /administration/outbox,                  nl",
        "administrator, outbox,                /administration/outbox,                  en",
        "administrator, foreign-municipality,  /municipality/0479,                      nl",
        "administrator, foreign-municipality,  /municipality/0479,                      en",
    })
    void pageHasNoViolations(String role, String page, String path, String language) {
        logIn(role.equals("officer") ? MUNICIPAL_OFFICER : FUNCTIONAL_ADMINISTRATOR);

        open(path.replace("SCHOOL", SCHOOL.id().toString()) + "?lang=" + language);

        assertNoViolations(page + "-" + language);
    }

    @ParameterizedTest(name = "{0} with errors in {2}")
    @CsvSource({
        "connect,          /municipality/0363/organisations/new, nl, connect-submit",
        "connect,          /municipality/0363/organisations/new, en, connect-submit",
        "settings,         /municipality/0363/settings,          nl, settings-submit",
        "settings,         /municipality/0363/settings,          en, settings-submit",
        "new-municipality, /administration/municipalities/new,   nl, new-municipality-submit",
        "new-municipality, /administration/municipalities/new,   en, new-municipality-submit",
    })
    void formWithErrorsHasNoViolations(String page, String path, String language, String submit) {
        logIn(page.equals("new-municipality") ? FUNCTIONAL_ADMINISTRATOR : MUNICIPAL_OFFICER);
        open(path + "?lang=" + language);
        if (page.equals("settings")) {
            browser.findElement(By.id("rights-request-days")).clear();
        }

        // submit() rather than click(): the button can lie below the window, under the footer.
        browser.findElement(By.id(submit)).submit();

        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertNoViolations(page + "-errors-" + language);
    }

    private void assertNoViolations(String screenshot) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(screenshot);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(results.getPasses()).as("rules that axe-core checked").isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on %s: %s", screenshot, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + " elements: " + rule.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
