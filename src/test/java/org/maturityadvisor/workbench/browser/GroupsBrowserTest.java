package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 27, the groups in a real browser: an admin reaches the tree from the navigation, creates a unit and a sub-unit,
 * is told which field is wrong when the id is taken, renames and moves a group, deletes an empty one and is refused a
 * non-empty one; a team registered in the sub-unit shows its path on its page, linked. Axe-clean, at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class GroupsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAdminBuildsTheTreeAndATeamIsRegisteredInIt() {
        String s = Integer.toString(port);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.byId("nav-groups").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("create-group")));
            create(browser, "Retail", "retail-" + s, null);
            waitForText(browser, "done", "Group Retail was created.");
            create(browser, "Pricing and promotions", "pricing-" + s, "Retail");
            waitForText(browser, "done", "Group Retail › Pricing and promotions was created.");
            create(browser, "Risk", "risk-" + s, null);
            create(browser, "Stores", "stores-" + s, "Retail");
            create(browser, "Again", "risk-" + s, null);
            waitForText(browser, "refused", "id: group risk-" + s + " exists already");
            browser.assertAccessible();

            browser.go("/teams");
            browser.byId("team-name").sendKeys("Price Engine " + s);
            new Select(browser.byId("team-group")).selectByVisibleText("Retail › Pricing and promotions");
            browser.byId("register").submit();
            browser.waitFor(ExpectedConditions.urlContains("/teams/price-engine-" + s));
            assertThat(browser.byId("team-group").getText()).isEqualTo("In group Retail › Pricing and promotions.");
            assertThat(browser.find("#team-group a[href='/groups/pricing-" + s + "']").getText())
                    .isEqualTo("Pricing and promotions");
            browser.assertAccessible();

            browser.go("/groups");
            assertThat(browser.find("#group-retail-" + s + " .group-counts").getText())
                    .isEqualTo("1 team (0 directly in it)");
            assertThat(browser.find("#group-pricing-" + s + " .group-counts").getText()).isEqualTo("1 team");
            browser.find("#group-stores-" + s + " summary").click();
            browser.byId("delete-stores-" + s).click();
            waitForText(browser, "done", "Group Retail › Stores was deleted.");
            browser.find("#group-pricing-" + s + " summary").click();
            browser.byId("delete-pricing-" + s).click();
            waitForText(browser, "refused", "still holds 1 team");
            assertThat(browser.find("#group-pricing-" + s + " details").getDomAttribute("open"))
                    .as("the refused group's forms stay open").isNotNull();
            browser.byId("rename-pricing-" + s).clear();
            browser.byId("rename-pricing-" + s).sendKeys("Pricing");
            browser.byId("rename-submit-pricing-" + s).click();
            waitForText(browser, "done", "Group pricing-" + s + " is now named Pricing.");
            browser.find("#group-pricing-" + s + " summary").click();
            new Select(browser.byId("move-pricing-" + s)).selectByVisibleText("Risk");
            browser.byId("move-submit-pricing-" + s).click();
            waitForText(browser, "done", "Pricing now sits under Risk.");
            browser.find("#group-pricing-" + s + " summary").click();
            browser.assertAccessible();
            browser.screenshot("groups-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("groups-390");
            browser.width(1280);

            browser.go("/teams/price-engine-" + s);
            assertThat(browser.byId("team-group").getText()).isEqualTo("In group Risk › Pricing.");
            browser.screenshot("team-group-path-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
        }
    }

    private static void create(Browser browser, String name, String id, String under) {
        browser.go("/groups");
        browser.byId("group-name").sendKeys(name);
        browser.byId("group-id").sendKeys(id);
        if (under != null) {
            new Select(browser.byId("group-parent")).selectByVisibleText(under);
        }
        browser.byId("create-group-submit").click();
        browser.waitFor(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("done")),
                ExpectedConditions.presenceOfElementLocated(By.id("refused"))));
    }

    private static void waitForText(Browser browser, String id, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
