package nl.verwijsindex.reporting.internal;

import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Opens the statistics pages of the generated data set in Chromium: axe-core finds no WCAG 2.1 AA
 * violation in Dutch or English, and every chart draws the total row of its table, with a gap for
 * each suppressed month.
 */
class StatisticsBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    StatisticsDataSet dataSet;

    @BeforeEach
    void createDataSet() {
        dataSet = new StatisticsDataSet(jdbc);
        dataSet.delete();
        dataSet.create();
    }

    @AfterEach
    void deleteDataSet() {
        dataSet.delete();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"municipality, nl", "municipality, en", "region, nl", "region, en"})
    void pageHasNoViolationsAndDrawsCharts(String area, String language) {
        logIn(MUNICIPAL_OFFICER);
        consoleMessages();

        var path = area.equals("region")
                ? "/region/" + StatisticsDataSet.NORTH + "/statistics"
                : "/municipality/0363/statistics";
        open(path + "?from=2025-10&to=2026-12&lang=" + language);

        assertNoViolations("statistics-" + area + "-" + language);
        var canvases = browser.findElements(By.cssSelector("canvas[data-chart-table]"));
        assertThat(canvases).hasSize(5);
        for (var canvas : canvases) {
            var id = canvas.getAttribute("id");
            assertThat(canvas.getAttribute("data-chart-drawn")).as(id).isEqualTo("true");
            assertThat(canvas.getAttribute("role")).as(id).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).as(id).contains("2025-10");
            assertThat(chartData(id)).as(id).isEqualTo(tableTotals(canvas.getAttribute("data-chart-table")));
        }
        browser.executeScript("arguments[0].scrollIntoView({behavior: 'instant'});", canvases.get(0));
        saveScreenshot("statistics-" + area + "-" + language + "-chart");
        // October 2025 lies before the data set, so every chart starts with a gap.
        for (var canvas : canvases) {
            assertThat(chartData(canvas.getAttribute("id")).get(0)).isNull();
        }
        // The application serves no favicon, which the browser requests on every page.
        assertThat(consoleMessages())
                .as("console messages, such as CSP violations and script errors")
                .allMatch(message -> message.contains("/favicon.ico"));
    }

    @ParameterizedTest(name = "errors in {0}")
    @CsvSource({"nl", "en"})
    void formWithErrorsHasNoViolations(String language) {
        logIn(MUNICIPAL_OFFICER);
        open("/municipality/0363/statistics?lang=" + language);
        browser.findElement(By.id("from")).clear();
        browser.findElement(By.id("from")).sendKeys("2026-13");

        browser.findElement(By.id("range-submit")).submit();

        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("from-error")).getText()).contains("2026-13");
        assertNoViolations("statistics-errors-" + language);
    }

    /** Returns the data that Chart.js draws on the canvas, with {@code null} for a gap. */
    @SuppressWarnings("unchecked")
    private List<Object> chartData(String canvasId) {
        var data = (List<Object>) browser.executeScript(
                "return Chart.getChart(document.getElementById(arguments[0])).data.datasets[0].data;", canvasId);
        var numbers = new ArrayList<Object>();
        data.forEach(value -> numbers.add(value == null ? null : ((Number) value).longValue()));
        return numbers;
    }

    /** Returns the total row of the table as shown: a number, or {@code null} for "fewer than 5, or withheld". */
    private List<Object> tableTotals(String tableId) {
        var cells = browser.findElements(By.cssSelector("#" + tableId + " tbody tr:first-child td"));
        var totals = new ArrayList<Object>();
        for (var cell : cells) {
            var value = cell.getAttribute("data-value");
            // Thymeleaf leaves out the data-value of a suppressed cell, because its value is empty.
            totals.add(value == null || value.isEmpty() ? null : Long.parseLong(value));
        }
        return totals;
    }

    private void assertNoViolations(String screenshot) {
        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot(screenshot);

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
