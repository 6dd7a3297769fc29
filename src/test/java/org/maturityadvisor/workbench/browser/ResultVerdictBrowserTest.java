package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result page as a person opens it: the team's level, target, gap and next three actions on the first screen at
 * 1280x800 and on a 390x844 phone; a result is an address, so Back and Forward never send a form again; the ladders
 * and bars say what the API says for the same answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ResultVerdictBrowserTest {

    static final String TEAM = """
            {"team": "Payments ML", "context": {"mlUseCases": 3, "businessCritical": true, "inProduction": true},
             "answers": {"creation.data-pipeline": "yes", "creation.experiment-tracking": "ad-hoc",
                         "release.method": "scripted", "creation.model-versioning": "no"}}""";

    @LocalServerPort
    int port;

    /** Fills the questionnaire as TEAM says, and assesses it. */
    private static void assess(Browser browser) {
        browser.go("/");
        browser.byId("team").sendKeys("Payments ML");
        browser.byId("mlUseCases").sendKeys("3");
        new Select(browser.byId("businessCritical")).selectByValue("true");
        new Select(browser.byId("inProduction")).selectByValue("true");
        for (String radio : List.of("a-creation.data-pipeline-yes", "a-creation.experiment-tracking-ad-hoc",
                "a-release.method-scripted", "a-creation.model-versioning-no")) {
            browser.byId(radio).click();
        }
        browser.byId("assess").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }

    @Test
    void theLevelTargetGapAndNextThreeActionsAreOnTheFirstScreenAtDesktopAndPhoneWidths() {
        try (Browser browser = Browser.open(port)) {
            for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                browser.driver.manage().window().setSize(new Dimension(size[0], size[1]));
                assess(browser);
                browser.screenshot("result-" + size[0]);
                assertThat(browser.all("#next-actions .action-card")).as("three next actions").hasSize(3);
                List<WebElement> verdict = new ArrayList<>(List.of(browser.byId("levels"),
                        browser.byId("verdict-target"), browser.byId("verdict-gap"), browser.byId("rests-on")));
                verdict.addAll(browser.all("#next-actions .action-card"));
                long innerHeight = ((Number) browser.driver.executeScript("return window.innerHeight;")).longValue();
                for (WebElement element : verdict) {
                    Number bottom = (Number) browser.driver.executeScript(
                            "return arguments[0].getBoundingClientRect().bottom;", element);
                    assertThat(bottom.doubleValue()).as(size[0] + " px: " + element.getText() + " is above the fold")
                            .isLessThanOrEqualTo(innerHeight);
                    assertThat(element.isDisplayed()).isTrue();
                }
                assertThat(browser.byId("verdict-target").getText()).as("the target in words, not its token")
                        .doesNotContain("below-target", "at-target", "above-target");
                assertThat(browser.byId("verdict-gap").getText()).matches("(?s)Gap: (\\d+ changes?: .+|nothing to change)");
                browser.assertNoHorizontalScroll();
                browser.assertAccessible();
            }
        }
    }

    @Test
    void backAndForwardReturnToTheResultWithoutSendingTheFormAgain() {
        try (Browser browser = Browser.open(port)) {
            assess(browser);
            String result = browser.driver.getCurrentUrl();
            assertThat(result).as("a result is an address with the answers in it")
                    .contains("/result?").contains("team=Payments+ML").contains("a.release.method=scripted");
            browser.driver.navigate().back();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("questionnaire")));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.url("/"));
            browser.driver.navigate().forward();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(result);
            assertThat(browser.find("body").getText()).doesNotContain("Confirm Form Resubmission", "ERR_CACHE_MISS");
            browser.driver.navigate().refresh();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertThat(browser.find("h1").getText()).isEqualTo("Where Payments ML stands");
        }
    }

    @Test
    void theLaddersAndBarsShowTheLevelsAndSectionSumsTheApiAnswersForTheSameAnswers() {
        Api api = new Api(port);
        JsonNode expected = JsonMapper.builder().build().readTree(api.send(api.anonymous("/api/assessments")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(TEAM))).body());
        try (Browser browser = Browser.open(port)) {
            assess(browser);
            List<WebElement> cards = browser.all(".model-card");
            assertThat(cards).hasSize(expected.get("models").size());
            for (JsonNode model : expected.get("models")) {
                String id = model.get("model").asString();
                WebElement card = browser.byId("card-" + id);
                assertThat(card.getDomAttribute("data-level")).as(id).isEqualTo(model.get("level").asString());
                assertThat(card.getDomAttribute("data-top")).as(id).isEqualTo(model.get("topLevel").asString());
                if (model.get("kind").asString().equals("checklist")) { // a verdict and section bars, no ladder
                    assertThat(card.findElements(By.cssSelector(".ladder"))).isEmpty();
                    assertThat(card.findElements(By.cssSelector("table.section-bars tbody tr")))
                            .hasSize(model.get("sections").size());
                    continue;
                }
                assertThat(card.findElements(By.cssSelector(".ladder .rung"))).as(id + ": one rung per level")
                        .hasSize(model.get("topLevel").asInt() + 1);
                assertThat(card.findElements(By.cssSelector(".ladder .rung.reached"))).as(id + ": rungs reached")
                        .hasSize(model.get("level").asInt() + 1);
                assertThat(card.findElement(By.cssSelector(".card-level")).getText())
                        .startsWith("Level " + model.get("level").asInt() + " of " + model.get("topLevel").asInt());
                List<WebElement> rows = card.findElements(By.cssSelector("table.bars tbody tr"));
                assertThat(rows).as(id + ": one bar per dimension").hasSize(model.get("dimensions").size());
                for (int i = 0; i < rows.size(); i++) {
                    JsonNode dimension = model.get("dimensions").get(i);
                    WebElement row = rows.get(i);
                    assertThat(row.getDomAttribute("data-dimension")).isEqualTo(dimension.get("dimension").asString());
                    assertThat(row.getDomAttribute("data-level")).isEqualTo(dimension.get("level").asString());
                    JsonNode score = dimension.get("score");
                    if (score == null || score.isNull()) {
                        assertThat(row.getDomAttribute("data-score")).isNull();
                        assertThat(row.findElement(By.cssSelector(".bar-value")).getText())
                                .startsWith(dimension.get("level").asInt() + " of " + model.get("topLevel").asInt());
                    } else {
                        assertThat(Double.parseDouble(row.getDomAttribute("data-score"))).isEqualTo(score.asDouble());
                    }
                }
            }
            JsonNode target = expected.get("target");
            if (target != null && !target.isNull()) {
                WebElement card = browser.byId("card-" + target.get("model").asString());
                assertThat(card.getDomAttribute("data-target")).isEqualTo(target.get("target").asString());
                assertThat(card.findElements(By.cssSelector(".ladder .rung.target"))).hasSize(1);
                assertThat(browser.byId("verdict-target").getText()).contains(target.get("reason").asString());
            }
        }
    }
}
