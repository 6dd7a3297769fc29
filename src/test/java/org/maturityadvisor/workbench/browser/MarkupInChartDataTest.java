package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * A model and a team named with markup that would end a script element and add a meta refresh, in a real browser:
 * the name is a chart label (a title of the team's history) and a table cell, never markup; the page stays where it is. The rule set naming the model
 * so is published as an analyst publishes a draft, so this test has a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class MarkupInChartDataTest {

    static final String PAYLOAD = "</script><meta http-equiv=refresh content=0;url=/models?hijacked>";
    static final String MODEL = "Microsoft " + PAYLOAD;
    static final String TEAM = "markup-team";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aModelOrTeamNamedWithMarkupIsOnlyALabelOnThePortfolioAndTheTeamsHistory() {
        publishModelNamed(MODEL);
        Api api = new Api(port);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + TEAM + "\", \"name\": \"Team " + PAYLOAD + "\"}")
                .statusCode()).isEqualTo(201);
        for (String answer : List.of("ad-hoc", "centralized")) {
            assertThat(api.postJson("/api/teams/" + TEAM + "/assessments",
                    "{\"answers\": {\"creation.experiment-tracking\": \"" + answer + "\"}}").statusCode())
                    .isEqualTo(201);
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/portfolio");
            assertStaysAndDrawsOnlyData(browser, "/portfolio", "levels-chart");
            assertThat(labels(browser, "levels-chart")).contains(MODEL);
            assertThat(browser.byId("levels").getText()).contains(MODEL);
            assertThat(browser.byId("heat").getText()).contains("Team " + PAYLOAD);
            browser.screenshot("portfolio-markup-in-names");

            browser.go("/teams/" + TEAM);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/teams/" + TEAM).doesNotContain("hijacked");
            assertThat(browser.all("meta[http-equiv]")).as("no data became a meta element").isEmpty();
            browser.assertNothingBlocked();
            assertThat(browser.all("svg.step-chart[data-chart]")).extracting(svg -> JsonMapper.builder().build()
                    .readTree(svg.getDomAttribute("data-chart")).get("name").stringValue()).contains(MODEL);
            assertThat(browser.byId("history-charts").getText()).contains(MODEL);
            assertThat(browser.find("h1").getText()).contains("Team " + PAYLOAD);
            browser.screenshot("team-markup-in-name");
        }
    }

    private static void assertStaysAndDrawsOnlyData(Browser browser, String path, String chart) {
        assertThat(browser.driver.getCurrentUrl()).as("the browser stayed on the page").endsWith(path)
                .doesNotContain("hijacked");
        assertThat(browser.all("meta[http-equiv]")).as("no data became a meta element").isEmpty();
        assertThat(browser.driver.executeScript("return !!Chart.getChart('" + chart + "');")).as("chart drawn")
                .isEqualTo(true);
        browser.assertNothingBlocked();
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Browser browser, String chart) {
        return (List<String>) browser.driver.executeScript("return Chart.getChart('" + chart + "').data.labels;");
    }

    /** A draft of the shipped rules whose Microsoft model has this name, published by the admin. */
    private void publishModelNamed(String name) {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("B" + rules.rowOfCell("B", "Microsoft MLOps maturity model"), name);
        Api api = new Api(port);
        HttpResponse<String> draft = api.send(Multipart.upload(api.request("/api/rulesets/drafts?comment=markup"),
                rules.directory().resolve(RulesFixture.TABLE)));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        int seq = JsonMapper.builder().build().readTree(draft.body()).get("seq").intValue();
        HttpResponse<String> published = api.send(api.request("/api/rulesets/" + seq + "/publish")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"force\": true, \"reason\": \"a model named with markup\"}")));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }
}
