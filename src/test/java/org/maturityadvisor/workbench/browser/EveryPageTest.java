package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page in a real browser, reached by keyboard-sized steps a user takes: the login page, then signed in as the
 * admin a team registered and assessed twice
 * from the pages, then its history (chart drawn), a diff, a stored assessment, the portfolio and the models; each
 * checked by axe-core, at 1280 px and at 390 px wide, and saved as a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class EveryPageTest {

    @LocalServerPort
    int port;

    @Test
    void everyPageIsAccessibleAndFitsAPhone() {
        try (Browser browser = Browser.open(port)) {
            String id = "browser-team-" + port;
            browser.go("/login");
            browser.assertAccessible();
            browser.screenshot("login");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.width(1280);
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/teams");
            browser.byId("team-name").sendKeys("Browser Team " + port);
            browser.byId("register").submit();
            browser.waitFor(ExpectedConditions.urlContains("/teams/" + id));
            for (String answer : new String[] {"ad-hoc", "centralized"}) {
                browser.go("/?load=" + id);
                browser.byId("a-creation.experiment-tracking-" + answer).click();
                browser.byId("store").click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stored-note")));
            }
            assertThat(browser.byId("stored-note").getText()).startsWith("Stored as assessment #2 of Browser Team "
                    + port + " on ");
            browser.go("/teams/" + id);
            assertThat(browser.all("svg.step-chart[data-chart] path.step")).as("the history drawn, one chart a model")
                    .isNotEmpty();

            String[][] pages = {{"/teams", "teams"}, {"/teams/" + id, "team-history"},
                    {"/teams/" + id + "/diff?from=1&to=2", "team-diff"}, {"/teams/" + id + "/assessments/2", "stored"},
                    {"/portfolio", "portfolio"}, {"/models", "models"}, {"/rulesets/audit", "audit"},
                    {"/teams/no-such-team", "not-found"}};
            for (String[] page : pages) {
                browser.width(1280);
                browser.go(page[0]);
                browser.assertAccessible();
                browser.screenshot(page[1]);
                browser.width(390);
                browser.assertNoHorizontalScroll();
            }
            browser.go("/portfolio");
            assertThat(browser.driver.executeScript("return !!Chart.getChart('levels-chart');")).isEqualTo(true);
        }
    }
}
