package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * A group's page and the portfolio's roll-up in a real browser: two units with sub-units and a dozen teams assessed
 * over a few months; the group page leads with its levels and gap, names the teams needing help, lists its teams
 * (each one click from its results) and rolls up its sub-groups beside their data; the portfolio rolls up per unit
 * and filters by a group. Axe clean, no horizontal scroll at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.application.name=group-browser-test"})
class GroupPageBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TeamStore teams;

    @Autowired
    GroupStore groups;

    @Autowired
    ActiveRuleSet ruleSet;

    private void seed() {
        OffsetDateTime at = at(2026, 7, 1);
        groups.create(new Group("retail", "Retail", null), "tester", at);
        groups.create(new Group("retail-pricing", "Pricing", "retail"), "tester", at);
        groups.create(new Group("retail-checkout", "Checkout", "retail"), "tester", at);
        groups.create(new Group("platform", "Platform engineering", null), "tester", at);
        Advisor advisor = ruleSet.get();
        GeneratedTeams generated = new GeneratedTeams(advisor.catalog(), 41);
        String[] places = {"retail-pricing", "retail-pricing", "retail-pricing", "retail-checkout", "retail-checkout",
            "retail", "platform", "platform", "platform", "platform", null, null};
        for (int i = 0; i < places.length; i++) {
            String id = "grouped-team-" + i;
            teams.create(id, "Grouped team " + i, "tester", at);
            if (places[i] != null) {
                groups.place(id, places[i]);
            }
            if (i != 4) {
                teams.save(id, assessed(advisor, generated, id, at(2026, 7 + i % 4, 2 + i)));
            }
            if (i % 3 == 0) {
                teams.save(id, assessed(advisor, generated, id, at(2026, 11, 20)));
            }
        }
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, Math.min(day, 28), 9, 0, 0, 0, ZoneOffset.UTC);
    }

    private static NewAssessment assessed(Advisor advisor, GeneratedTeams generated, String id, OffsetDateTime at) {
        String input = JSON.writeValueAsString(generated.next(id));
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        return NewAssessment.of(at, "tester", input, result, JSON.writeValueAsString(result));
    }

    private static void chartsDrawn(Browser browser, String... ids) {
        for (String id : ids) {
            browser.waitFor(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));", id)));
        }
    }

    @Test
    void aViewerSeesWhereAGroupStandsAndThePortfolioRolledUpPerUnit() {
        seed();
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "group-viewer", "viewer");
            browser.signIn("group-viewer", SignIn.password("group-viewer"));

            browser.go("/groups/retail");
            chartsDrawn(browser, "levels-chart", "rollup-chart", "trend-chart");
            assertThat(browser.find("h1").getText()).isEqualTo("Retail");
            assertThat(browser.byId("all-teams").getText()).isEqualTo("6");
            assertThat(browser.byId("assessed-teams").getText()).isEqualTo("5");
            assertThat(browser.byId("gap-summary").getText()).startsWith("Gap to target:");
            assertThat(browser.all("#heat tbody tr")).hasSize(6);
            assertThat(browser.all("#rollup tbody tr")).extracting(row -> row.getAttribute("data-group"))
                    .containsExactly("retail-checkout", "retail-pricing", "direct");
            assertThat(browser.find("#rollup tr[data-group='retail-pricing'] .rollup-teams").getText())
                    .isEqualTo("3 teams, 3 assessed");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("group-1280");

            browser.find("#heat tbody tr th a").click();
            browser.waitFor(d -> browser.driver.getCurrentUrl().contains("/teams/grouped-team-"));
            browser.go("/groups/retail");
            browser.find("#rollup a[href='/groups/retail-pricing']").click();
            browser.waitFor(d -> browser.driver.getCurrentUrl().endsWith("/groups/retail-pricing"));
            assertThat(browser.find(".group-crumbs").getText()).contains("Retail", "Pricing");
            assertThat(browser.byId("no-sub-groups").getText()).contains("Pricing");
            browser.assertAccessible();

            browser.go("/portfolio");
            chartsDrawn(browser, "rollup-chart");
            assertThat(browser.all("#rollup tbody tr")).extracting(row -> row.getAttribute("data-group"))
                    .containsSubsequence("platform", "retail", "direct");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("portfolio-rollup-1280");
            new org.openqa.selenium.support.ui.Select(browser.byId("f-group")).selectByValue("retail");
            browser.byId("filter-submit").click();
            browser.waitFor(d -> browser.driver.getCurrentUrl().contains("group=retail"));
            assertThat(browser.byId("all-teams").getText()).isEqualTo("6");
            assertThat(browser.byId("rollup-title").getText()).isEqualTo("Levels per sub-group of Retail");
            browser.assertAccessible();

            browser.go("/teams?group=platform");
            assertThat(browser.all("#teams tbody tr")).hasSize(4);
            browser.assertAccessible();

            browser.width(390);
            browser.go("/groups/retail");
            chartsDrawn(browser, "levels-chart", "rollup-chart");
            browser.assertNoHorizontalScroll();
            browser.assertAccessible();
            browser.screenshot("group-390");
            browser.go("/portfolio");
            browser.assertNoHorizontalScroll();
            browser.driver.findElement(By.id("rollup-title"));
        }
    }
}
