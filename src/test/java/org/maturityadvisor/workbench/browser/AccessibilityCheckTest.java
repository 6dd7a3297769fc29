package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The browser tests' accessibility check (axe run in the page, only the violations sent back) finds what axe's default
 * run (partial runs finished in a new window, every result type) finds: on a page with an image without a text, an
 * unnamed button, an unlabelled field and text too faint to read, the same serious and critical violations on the same
 * elements, and the check fails; on a clean page it passes.
 */
class AccessibilityCheckTest {

    private static final String BROKEN = """
            <!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
            <img src="chart.png"><button></button><input type="text">
            <p style="color: #bbbbbb; background: #ffffff">too faint to read</p></main></body></html>""";

    private static final String CLEAN = """
            <!DOCTYPE html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1>
            <img src="chart.png" alt="Levels by model"><button>Assess</button>
            <label for="team">Team</label><input id="team" type="text"><p>easy to read</p></main></body></html>""";

    @Test
    void theCheckFindsWhatAxesDefaultRunFindsAndFails() {
        try (Browser browser = Browser.open(0)) {
            browser.driver.get(page(BROKEN));
            List<String> byDefault = named(Browser.serious(new AxeBuilder().withTags(Browser.WCAG)
                    .analyze(browser.driver)));

            assertThat(named(browser.seriousViolations())).isEqualTo(byDefault)
                    .contains("image-alt on 1", "button-name on 1", "label on 1", "color-contrast on 1");
            assertThatThrownBy(browser::assertAccessible).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("color-contrast");
        }
    }

    @Test
    void aCleanPagePasses() {
        try (Browser browser = Browser.open(0)) {
            browser.driver.get(page(CLEAN));

            assertThat(named(Browser.serious(new AxeBuilder().withTags(Browser.WCAG).analyze(browser.driver))))
                    .isEmpty();
            browser.assertAccessible();
        }
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> named(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " on " + rule.getNodes().size()).sorted().toList();
    }
}
