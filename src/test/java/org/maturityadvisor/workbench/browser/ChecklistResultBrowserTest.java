package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.ChecklistTable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A checklist model's result as a person reads it, at 1280 and 390 px (a small checklist table of the test's own):
 * the verdict and the extras' progress on the card, one bar per section with its role in words, the unmet statements
 * per section one click away; axe clean, nothing wider than the window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ChecklistResultBrowserTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        try {
            var rules = ChecklistTable.into(Files.createTempDirectory("checklist-browser").resolve("rules"));
            registry.add("maturity.rules-dir", () -> rules.directory().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String address() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team", "Checklist team");
        form.put("c." + ChecklistTable.SERVING, "online");
        form.put("a.chk.readme", "yes");
        form.put("a.chk.api-docs", "no");
        form.put("a.chk.latency", "yes");
        form.put("a.chk.dashboard", "yes");
        return "/result?" + form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void theVerdictSectionsAndUnmetStatementsReadAtDesktopAndPhoneWidths() {
        try (Browser browser = Browser.open(port)) {
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                browser.go(address());
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("card-check")));
                WebElement card = browser.byId("card-check");
                assertThat(card.findElement(By.cssSelector(".checklist-verdict")).getText())
                        .isEqualTo("Not complete: 0 of 2 required sections complete");
                assertThat(card.findElement(By.cssSelector(".checklist-extras")).isDisplayed()).isTrue();
                assertThat(card.findElements(By.cssSelector("table.section-bars tbody tr")))
                        .extracting(row -> row.findElement(By.cssSelector("th")).getText())
                        .containsExactly("Docs required", "Serving required", "Extras extra");
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "arguments[0].scrollIntoView();", card);
                browser.screenshot("checklist-result-" + width);
                element(card, "checklist-card-" + width);
                browser.assertNoHorizontalScroll();
                browser.assertAccessible();

                card.findElement(By.cssSelector(".unmet-link")).click();
                WebElement why = browser.byId("model-check");
                why.findElement(By.tagName("summary")).click();
                assertThat(why.findElement(By.cssSelector("table[data-section=Serving]")).getText())
                        .contains("Are releases canaried?", "unknown: not answered");
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                        "arguments[0].scrollIntoView();", why);
                browser.screenshot("checklist-why-" + width);
                element(why, "checklist-why-part-" + width);
                browser.assertNoHorizontalScroll();
                browser.assertAccessible();
            }
        }
    }

    /** The element alone, as target/screenshots/{name}.png: a part of a long page a person looks at closely. */
    private static void element(WebElement element, String name) {
        try {
            Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            Files.copy(element.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    java.nio.file.Path.of("target", "screenshots", name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
