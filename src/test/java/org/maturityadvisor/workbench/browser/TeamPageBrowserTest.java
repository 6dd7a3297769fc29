package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A team's page in a real browser: its history as one small stepped chart per model, each titled by the model's name
 * and on its own scale, whose data (the chart's data-chart JSON) are the levels the API lists; the diff of two
 * assessments in names, each move up or down in colour and in words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TeamPageBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theHistoryIsOneNamedSteppedChartPerModelAndTheDiffIsColouredInWords() throws Exception {
        Api api = new Api(port);
        String id = "history-" + port;
        assertThat(api.post("/api/teams", "application/json", "{\"id\": \"" + id + "\", \"name\": \"Fraud ML\"}")
                .statusCode()).isEqualTo(201);
        for (String answers : journey()) {
            assertThat(api.post("/api/teams/" + id + "/assessments", "application/json", answers).statusCode())
                    .isEqualTo(201);
        }
        JsonNode models = JSON.readTree(api.get("/api/models").body()).get("models");
        JsonNode history = JSON.readTree(api.get("/api/teams/" + id + "/assessments").body()).get("items");

        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "history-viewer", "viewer");
            browser.go("/login");
            browser.signIn("history-viewer", SignIn.password("history-viewer"));
            browser.go("/teams/" + id);
            List<WebElement> charts = browser.all("svg.step-chart[data-chart]");
            assertThat(charts).as("one chart per model").hasSize(models.size());
            for (WebElement chart : charts) {
                JsonNode data = JSON.readTree(chart.getDomAttribute("data-chart"));
                JsonNode model = model(models, data.get("model").stringValue());
                String title = browser.byId(chart.getDomAttribute("aria-labelledby")).getText();
                assertThat(title).startsWith(model.get("name").stringValue()).doesNotContain(model.get("id")
                        .stringValue() + " ");
                assertThat(data.get("topLevel").intValue()).as("its own scale").isEqualTo(topLevel(model));
                assertThat(data.get("stepped").booleanValue()).isTrue();
                assertThat(levels(data)).as(data.get("name").stringValue())
                        .isEqualTo(apiLevels(history, data.get("model").stringValue()));
                String path = chart.findElement(By.cssSelector("path.step")).getDomAttribute("d");
                assertThat(path).as("steps, never slopes").matches("M[0-9.]+ [0-9.]+( H[0-9.]+ V[0-9.]+)*");
                assertThat(chart.findElements(By.cssSelector("circle.dot"))).as("every point drawn, even at 0")
                        .hasSize(history.size());
                WebElement table = browser.byId(chart.getDomAttribute("aria-describedby"));
                assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(history.size());
            }
            browser.assertAccessible();
            browser.screenshot("team-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("team-390");
            browser.width(1280);

            new org.openqa.selenium.support.ui.Select(browser.byId("from")).selectByVisibleText("#1");
            new org.openqa.selenium.support.ui.Select(browser.byId("to")).selectByVisibleText("#" + history.size());
            browser.find("#diff-form button").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/diff"));
            WebElement moves = browser.byId("diff-moves");
            assertThat(moves.findElements(By.cssSelector(".move-up"))).isNotEmpty().allSatisfy(move ->
                    assertThat(move.getText()).contains("↑", "up"));
            String green = moves.findElement(By.cssSelector(".move-up")).getCssValue("border-left-color");
            assertThat(green).isEqualTo("rgba(31, 111, 58, 1)");
            assertThat(browser.byId("diff-models").getText()).contains(models.get(0).get("name").stringValue())
                    .doesNotContain(models.get(0).get("id").stringValue() + "\n");
            assertThat(browser.byId("diff-answers").getText()).doesNotContain("release.method", "creation.");
            browser.assertAccessible();
            browser.screenshot("diff-1280");
        }
    }

    @Test
    void storingUnderAnotherTypedNameAsksFirstAndThenSaysWhichStoredAssessmentItIs() throws Exception {
        Api api = new Api(port);
        String id = "renamed-" + port;
        assertThat(api.post("/api/teams", "application/json", "{\"id\": \"" + id + "\", \"name\": \"Fraud ML\"}")
                .statusCode()).isEqualTo(201);
        assertThat(api.post("/api/teams/" + id + "/assessments", "application/json", journey().get(1)).statusCode())
                .isEqualTo(201);
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "renaming-assessor", "assessor");
            browser.go("/login");
            browser.signIn("renaming-assessor", SignIn.password("renaming-assessor"));
            browser.go("/?load=" + id);
            browser.byId("team").clear();
            browser.byId("team").sendKeys("Fraud Detection");
            browser.byId("store").click();
            WebElement refused = browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions
                    .visibilityOfElementLocated(By.id("name-mismatch")));
            assertThat(refused.getText()).contains("Fraud Detection", "registered as \"Fraud ML\"",
                    "Nothing was stored");
            assertThat(browser.byId("confirm-name-button").getText()).isEqualTo("Store under Fraud ML");
            assertThat(JSON.readTree(api.get("/api/teams/" + id).body()).get("assessments").intValue()).isEqualTo(1);
            browser.assertAccessible();
            browser.screenshot("store-name-mismatch");

            browser.byId("confirm-name-button").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/teams/" + id + "/assessments/2"));
            assertThat(browser.byId("stored-note").getText()).startsWith("Stored as assessment #2 of Fraud ML on ")
                    .contains("by renaming-assessor", "rests on: the answers as given then");
            assertThat(browser.find("h1").getText()).contains("Fraud ML");
        }
    }

    /** The sample team, then better at tracking, then at pipelines and release: levels move in several models. */
    private static List<String> journey() throws Exception {
        ObjectNode sample = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/examples/team.json")));
        sample.remove("team");
        List<String> steps = new ArrayList<>();
        ObjectNode bare = sample.deepCopy();
        bare.putObject("answers").put("release.method", "manual");
        steps.add(bare.toString());
        steps.add(sample.toString());
        ObjectNode answers = (ObjectNode) sample.get("answers");
        answers.put("creation.experiment-tracking", "centralized");
        answers.put("creation.model-versioning", true);
        steps.add(sample.toString());
        answers.put("creation.training-automation", "pipeline");
        answers.put("release.method", "ci-cd-pipeline");
        answers.put("creation.managed-compute", true);
        answers.put("release.ownership", "software-engineering-team");
        steps.add(sample.toString());
        return steps;
    }

    private static JsonNode model(JsonNode models, String id) {
        for (JsonNode model : models) {
            if (model.get("id").stringValue().equals(id)) {
                return model;
            }
        }
        throw new AssertionError("no model " + id + " in GET /api/models");
    }

    private static int topLevel(JsonNode model) {
        return model.get("topLevel").intValue();
    }

    private static List<Integer> levels(JsonNode data) {
        List<Integer> levels = new ArrayList<>();
        data.get("points").forEach(p -> levels.add(p.get("level").isNull() ? null : p.get("level").intValue()));
        return levels;
    }

    /** The API's level of this model per assessment, oldest first. */
    private static List<Integer> apiLevels(JsonNode newestFirst, String model) {
        Map<Integer, Integer> bySeq = new LinkedHashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            JsonNode entry = newestFirst.get(i);
            bySeq.put(entry.get("seq").intValue(), null);
            for (JsonNode level : entry.get("levels")) {
                if (level.get("model").stringValue().equals(model)) {
                    bySeq.put(entry.get("seq").intValue(), level.get("level").intValue());
                }
            }
        }
        return new ArrayList<>(bySeq.values());
    }
}
