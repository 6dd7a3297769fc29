package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio in a real browser with 30 teams at different levels assessed over five months: a legend of one
 * ordered scale per model (darker is higher, a model's top level darkest whatever its number), the heat map shaded on
 * it with every level printed, sorting and filtering that change the list and the URL, a blocker bar that opens the
 * teams it holds back, each chart's data equal to the API's numbers, a named 400 for a filter it cannot read, axe
 * clean at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.application.name=portfolio-browser-test"})
class PortfolioBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TEAMS = 30;

    @LocalServerPort
    int port;

    @Autowired
    TeamStore store;

    @Autowired
    ActiveRuleSet ruleSet;

    /** Teams from a seed, the first assessment of each in one of five months and a second for every third team. */
    private void seed() {
        Advisor advisor = ruleSet.get();
        GeneratedTeams generated = new GeneratedTeams(advisor.catalog(), 23);
        for (int i = 0; i < TEAMS; i++) {
            String id = "portfolio-team-" + i;
            store.create(id, "Portfolio team " + i, "tester", at(2026, 7, 1));
            store.save(id, assessed(advisor, generated, id, at(2026, 7 + i % 5, 3 + i)));
            if (i % 3 == 0) {
                store.save(id, assessed(advisor, generated, id, at(2026, 11, 25)));
            }
        }
        store.create("portfolio-never", "Portfolio never assessed", "tester", at(2026, 7, 1));
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, Math.min(day, 28), 9, 0, 0, 0, ZoneOffset.UTC);
    }

    private static NewAssessment assessed(Advisor advisor, GeneratedTeams generated, String id, OffsetDateTime at) {
        String input = JSON.writeValueAsString(generated.next(id));
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        return NewAssessment.of(at, "tester", input, result, JSON.writeValueAsString(result));
    }

    @Test
    void aViewerSeesWhoNeedsHelpSortsFiltersAndOpensABlockersTeams() throws Exception {
        seed();
        JsonNode api = api("/api/portfolio");
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "portfolio-viewer", "viewer");
            browser.signIn("portfolio-viewer", SignIn.password("portfolio-viewer"));
            browser.go("/portfolio");
            browser.waitFor(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "return !!(window.Chart && Chart.getChart(document.getElementById('levels-chart')));")));

            legendIsOneOrderedScalePerModel(browser, api);
            heatCellsPrintTheirLevelInTheirModelsShade(browser);
            chartsHoldTheApisNumbers(browser, api);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("portfolio-1280");

            sortingAndFilteringChangeTheListAndTheUrl(browser);
            aBlockerBarOpensTheTeamsItHoldsBack(browser, api);
            browser.assertAccessible();

            browser.go("/portfolio?level=99&sort=colour");
            assertThat(browser.byId("filter-errors").getText()).contains("level", "sort");
            assertThat(browser.all("#heat")).isEmpty();
            browser.assertAccessible();

            browser.width(390);
            browser.go("/portfolio");
            browser.assertNoHorizontalScroll();
            browser.assertAccessible();
            browser.screenshot("portfolio-390");
        }
    }

    private void legendIsOneOrderedScalePerModel(Browser browser, JsonNode api) {
        List<WebElement> models = browser.all("#legend > li");
        assertThat(models).hasSize(api.get("models").size());
        String top = null;
        for (WebElement model : models) {
            List<WebElement> swatches = model.findElements(By.cssSelector(".swatch"));
            double previous = 2;
            for (WebElement swatch : swatches) {
                double luminance = luminance(swatch.getCssValue("background-color"));
                assertThat(luminance).as("each level darker than the one below it, in %s",
                        model.getAttribute("data-model")).isLessThan(previous);
                previous = luminance;
            }
            String topColour = swatches.get(swatches.size() - 1).getCssValue("background-color");
            assertThat(topColour).as("every model's top level is the same darkest shade").isEqualTo(
                    top == null ? topColour : top);
            top = topColour;
            assertThat(swatches.get(0).getCssValue("background-color"))
                    .isEqualTo(models.get(0).findElement(By.cssSelector(".swatch")).getCssValue("background-color"));
        }
    }

    private void heatCellsPrintTheirLevelInTheirModelsShade(Browser browser) {
        List<WebElement> cells = browser.all("#heat td.level");
        assertThat(cells).isNotEmpty();
        for (WebElement cell : cells.subList(0, Math.min(cells.size(), 40))) {
            String model = cell.getAttribute("data-model");
            String level = cell.getAttribute("data-level");
            // a checklist's cell says its verdict in words; every other model's cell prints its level
            boolean checklist = cell.getAttribute("class").contains("checklist-cell");
            assertThat(cell.getText()).isEqualTo(!checklist ? level : level.equals("1") ? "complete" : "not complete");
            WebElement swatch = browser.find("#legend li[data-model='" + model + "'] .swatch[data-level='" + level + "']");
            assertThat(cell.getAttribute("data-shade")).isEqualTo(swatch.getAttribute("data-shade"));
            assertThat(cell.getCssValue("background-color")).isEqualTo(swatch.getCssValue("background-color"));
        }
    }

    private void chartsHoldTheApisNumbers(Browser browser, JsonNode api) {
        JsonNode levels = JSON.readTree(browser.byId("levels-chart").getAttribute("data-chart"));
        JsonNode models = api.get("models");
        for (int m = 0; m < models.size(); m++) {
            assertThat(levels.get("labels").get(m).stringValue()).isEqualTo(models.get(m).get("name").stringValue());
            for (JsonNode level : models.get(m).get("levels")) {
                int k = level.get("level").intValue();
                assertThat(levels.get("datasets").get(k).get("data").get(m).intValue()).as("model %d level %d", m, k)
                        .isEqualTo(level.get("teams").intValue());
                assertThat(levels.get("datasets").get(k).get("shades").get(m).intValue())
                        .isEqualTo(level.get("shade").intValue());
            }
        }
        JsonNode trend = JSON.readTree(browser.byId("trend-chart").getAttribute("data-chart"));
        JsonNode apiTrend = api.get("trend").get(0);
        assertThat(trend.get("labels")).isEqualTo(apiTrend.get("months"));
        assertThat(trend.get("labels").size()).as("five months and more").isGreaterThanOrEqualTo(5);
        for (int k = 0; k < apiTrend.get("levels").size(); k++) {
            assertThat(trend.get("datasets").get(k).get("data")).isEqualTo(apiTrend.get("levels").get(k).get("teams"));
        }
        int lastMonth = apiTrend.get("months").size() - 1;
        int assessedThen = 0;
        for (JsonNode line : apiTrend.get("levels")) {
            assessedThen += line.get("teams").get(lastMonth).intValue();
        }
        assertThat(assessedThen).as("every assessed team counted once in the last month").isEqualTo(TEAMS);

        JsonNode bars = JSON.readTree(browser.byId("blockers-chart").getAttribute("data-chart"));
        List<Integer> expected = new ArrayList<>();
        models.forEach(model -> model.get("commonBlockers").forEach(b -> expected.add(b.get("teams").intValue())));
        expected.sort(Comparator.reverseOrder());
        List<Integer> drawn = new ArrayList<>();
        bars.get("data").forEach(n -> drawn.add(n.intValue()));
        assertThat(drawn).isEqualTo(expected.subList(0, drawn.size()));
        List<WebElement> rows = browser.all("#top-blockers tbody tr");
        assertThat(rows).hasSize(drawn.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).findElement(By.cssSelector("td.teams")).getText()).isEqualTo("" + drawn.get(i));
            assertThat(bars.get("labels").get(i).stringValue()).startsWith(
                    rows.get(i).findElement(By.cssSelector("a")).getText());
        }
    }

    private void sortingAndFilteringChangeTheListAndTheUrl(Browser browser) {
        assertThat(browser.byId("team-count").getText()).contains((TEAMS + 1) + " teams match");
        List<Integer> gaps = numbers(browser, "#heat td.gap", "data-gap");
        assertThat(gaps).as("widest gap first").isSortedAccordingTo(Comparator.reverseOrder());

        browser.find("#heat thead a[href*='sort=changed']").click();
        browser.waitFor(ExpectedConditions.urlContains("sort=changed"));
        List<String> days = browser.all("#heat tbody tr td.changed").stream().map(WebElement::getText)
                .filter(text -> !text.startsWith("never")).toList();
        assertThat(days).as("oldest change first").isNotEmpty().isSorted();
        assertThat(LocalDate.parse(days.get(0)).getMonthValue()).isEqualTo(7);

        String model = new Select(browser.byId("f-model")).getFirstSelectedOption().getAttribute("value");
        new Select(browser.byId("f-level")).selectByValue("1");
        browser.byId("filter-submit").click();
        browser.waitFor(ExpectedConditions.urlContains("level=1"));
        assertThat(browser.driver.getCurrentUrl()).contains("sort=changed", "model=" + model);
        List<WebElement> cells = browser.all("#heat tbody td.level[data-model='" + model + "']");
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("1"));
        assertThat(browser.byId("team-count").getText()).contains(cells.size() == 1 ? "1 team matches"
                : cells.size() + " teams match");
    }

    private void aBlockerBarOpensTheTeamsItHoldsBack(Browser browser, JsonNode api) {
        browser.go("/portfolio");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('blockers-chart')));")));
        WebElement canvas = browser.byId("blockers-chart");
        @SuppressWarnings("unchecked")
        Map<String, Number> bar = (Map<String, Number>) browser.driver.executeScript(
                "var b = Chart.getChart(arguments[0]).getDatasetMeta(0).data[0];"
                        + " return {x: b.base + (b.x - b.base) / 2, y: b.y, w: arguments[0].clientWidth,"
                        + " h: arguments[0].clientHeight};", canvas);
        String held = browser.find("#top-blockers tbody tr td.teams").getText();
        String text = browser.find("#top-blockers tbody tr a").getText();
        new Actions(browser.driver).moveToElement(canvas, (int) (bar.get("x").doubleValue() - bar.get("w").doubleValue() / 2),
                (int) (bar.get("y").doubleValue() - bar.get("h").doubleValue() / 2)).click().perform();
        browser.waitFor(ExpectedConditions.urlContains("blocker="));
        assertThat(browser.byId("blocker-filter").getText()).contains(text);
        assertThat(browser.byId("team-count").getText()).contains(held.equals("1") ? "1 team matches"
                : held + " teams match");
    }

    private static List<Integer> numbers(Browser browser, String css, String attribute) {
        return browser.all(css).stream().map(cell -> cell.getAttribute(attribute)).filter(v -> v != null && !v.isEmpty())
                .map(Integer::valueOf).toList();
    }

    /** Relative luminance of a computed CSS colour, rgb(...) or rgba(...). */
    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", SignIn.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
