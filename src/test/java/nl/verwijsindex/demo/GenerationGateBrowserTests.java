package nl.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import nl.verwijsindex.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The page that the closed generation gate serves, in a real browser, checked by axe-core. */
class GenerationGateBrowserTests extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    GenerationGate gate;

    @AfterEach
    void openGate() {
        gate.open();
    }

    @Test
    void gatePageHasNoViolations() throws InterruptedException {
        gate.close();

        open("/matches");

        var results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        saveScreenshot("demo-generation-gate");
        assertThat(results.getViolations()).as("WCAG 2.1 AA violations").isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("De verwijsindex maakt het demojaar");
        assertThat(browser.findElement(By.tagName("h2")).getText())
                .isEqualTo("The reference index is generating the demo year");
    }
}
