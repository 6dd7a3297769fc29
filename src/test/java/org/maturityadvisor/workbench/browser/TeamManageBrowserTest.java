package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Manage team" in a real browser: an admin renames a team, moves it into a sub-group, archives it (the page then says
 * so at the top, with a restore button), restores it and deletes it after typing its id; the page is accessible and
 * fits a phone at every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TeamManageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    GroupStore groups;

    @Test
    void anAdminRenamesMovesArchivesRestoresAndDeletesATeamFromItsPage() throws Exception {
        Api api = new Api(port);
        String id = "lifecycle-" + port;
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Fraud ML\"}").statusCode())
                .isEqualTo(201);
        tools.jackson.databind.node.ObjectNode answers = (tools.jackson.databind.node.ObjectNode) tools.jackson
                .databind.json.JsonMapper.builder().build().readTree(java.nio.file.Files.readString(
                        java.nio.file.Path.of("docs/examples/team.json")));
        answers.remove("team");
        assertThat(api.postJson("/api/teams/" + id + "/assessments", answers.toString()).statusCode())
                .isEqualTo(201);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        groups.create(new Group("retail-" + port, "Retail", null), "tester", now);
        groups.create(new Group("pricing-" + port, "Pricing", "retail-" + port), "tester", now);

        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/teams/" + id);

            browser.byId("rename-name").clear();
            browser.byId("rename-name").sendKeys("Fraud Detection");
            press(browser, browser.find("#rename-form button"));
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.id("managed")).size() == 1);
            assertThat(browser.find("h1").getText()).isEqualTo("Fraud Detection");

            new Select(browser.byId("move-group")).selectByVisibleText("Retail \u203a Pricing");
            press(browser, browser.find("#move-form button"));
            browser.waitFor(d -> d.findElement(org.openqa.selenium.By.id("team-place")).getText()
                    .contains("Retail \u203a Pricing"));

            press(browser, browser.byId("archive-team"));
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.id("archived-banner")).size() == 1);
            assertThat(browser.byId("archived-banner").getText()).contains("Archived on", "cannot be assessed");
            assertThat(browser.byId("happened").getText()).contains("Archived a team", "Moved a team",
                    "Renamed a team", "from \u201cFraud ML\u201d to \u201cFraud Detection\u201d");
            press(browser, browser.find("#delete-team summary"));
            browser.assertAccessible();
            browser.screenshot("team-manage-archived-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("team-manage-archived-390");
            browser.width(1280);

            press(browser, browser.byId("restore-top"));
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.id("archived-banner")).isEmpty());

            press(browser, browser.find("#delete-team summary"));
            browser.byId("delete-confirm").sendKeys("fraud");
            press(browser, browser.byId("delete-team-button"));
            browser.waitFor(d -> d.findElements(org.openqa.selenium.By.id("manage-refused")).size() == 1);
            assertThat(browser.byId("manage-refused").getText()).contains("confirm: type the team's id (" + id + ")");
            browser.assertAccessible();
            browser.screenshot("team-manage-refused-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("team-manage-refused-390");
            browser.width(1280);

            browser.byId("delete-confirm").sendKeys(id);
            press(browser, browser.byId("delete-team-button"));
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/teams"));
            assertThat(browser.byId("message").getText()).contains("Deleted team " + id, "1 assessment");
            browser.assertAccessible();
        }
        assertThat(api.get("/api/teams/" + id).statusCode()).isEqualTo(404);
    }

    /** Scrolled into view first, as a person would before pressing it. */
    private static void press(Browser browser, org.openqa.selenium.WebElement element) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
