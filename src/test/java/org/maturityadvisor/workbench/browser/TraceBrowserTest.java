package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trace on the table as a person opens it: one click from a model's card on the result page, the legend with its
 * counts first, the table as a grid with row numbers and column letters, each row's mark in words beside its colour,
 * the blocking rows exactly the blockers the API names; axe clean, no sideways page scroll at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TraceBrowserTest {

    static final String TEAM = """
            {"team": "Payments ML", "answers": {"creation.data-pipeline": "yes",
             "creation.experiment-tracking": "ad-hoc", "release.method": "scripted",
             "creation.model-versioning": "no"}}""";

    static final String QUERY = "/result?team=Payments+ML&a.creation.data-pipeline=yes"
            + "&a.creation.experiment-tracking=ad-hoc&a.release.method=scripted&a.creation.model-versioning=no";

    @LocalServerPort
    int port;

    @Test
    void oneClickFromTheResultShowsTheTableWithTheDecidingRowsMarkedInWordsAndColour() {
        Api api = new Api(port);
        JsonNode assessed = JsonMapper.builder().build().readTree(api.send(api.anonymous("/api/assessments")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(TEAM))).body());
        TreeSet<String> blockers = new TreeSet<>();
        for (JsonNode model : assessed.get("models")) {
            if (model.get("model").stringValue().equals("microsoft")) {
                model.get("blockedLevels").get(0).get("blockers")
                        .forEach(b -> blockers.add(b.get("criterion").stringValue()));
            }
        }
        try (Browser browser = Browser.open(port)) {
            for (int width : new int[] {1280, 390}) {
                browser.width(width);
                browser.go(QUERY);
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trace-microsoft")));
                assertThat(browser.byId("trace-microsoft").getText()).startsWith("Trace on the table");
                browser.byId("trace-microsoft").click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trace-legend")));

                assertThat(browser.find("h1").getText()).startsWith("Trace on the table: ");
                // show, then tell: the legend with its counts comes before the first table
                List<WebElement> legend = browser.all("#trace-legend li");
                assertThat(legend).isNotEmpty();
                assertThat(legend.get(0).getText()).matches("decides the level: \\d+ rows?");
                TreeSet<String> blocking = new TreeSet<>();
                for (WebElement row : browser.all("#trace-criteria tr.trace-row")) {
                    String mark = row.getDomAttribute("data-mark");
                    String words = row.findElement(By.cssSelector(".trace-mark strong")).getText();
                    assertThat(words).as("the mark in words, not colour alone").isNotBlank();
                    if (mark.startsWith("blocking")) {
                        blocking.add(row.getDomAttribute("data-key"));
                        assertThat(words).startsWith("blocking");
                    }
                    assertThat(row.getText()).doesNotContain("null");
                }
                assertThat(blocking).as("the blocking rows are the API's next-level blockers").isEqualTo(blockers);
                assertThat(browser.find("#trace-criteria thead").getText()).contains("Row", "Mark", "Team's answer",
                        "Criterion id");
                assertThat(browser.byId("trace-back").getDomAttribute("href")).startsWith("/result?");
                browser.screenshot("trace-" + width);
                browser.assertNoHorizontalScroll();
                browser.assertAccessible();
            }
        }
    }
}
