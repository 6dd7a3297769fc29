package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An analyst, in a real browser: signs in on the login page (the user made through the admin API), uploads a broken
 * table and sees its cell marked in the sheet, uploads the fix, reads the scenario gate and the impact preview,
 * publishes, and sees a new assessment name the new version; an admin then reads the publish in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class AnalystJourneyTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void uploadsABrokenTableFixesItReadsGateAndImpactPublishesAndResultsNameTheNewVersion() {
        RulesFixture broken = RulesFixture.copyOfShipped(temp.resolve("broken"));
        String cell = "F" + broken.rowOf("ms-data-pipeline");
        broken.setCell(cell, "creation.data-pipline");
        RulesFixture fixed = RulesFixture.copyOfShipped(temp.resolve("fixed"));
        fixed.setCell("H" + fixed.rowOf("ms-data-pipeline"), "Land training data in one known, versioned place.");

        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "journey-analyst", "analyst");
            browser.go("/rulesets");
            assertThat(browser.driver.getCurrentUrl()).as("a visitor is sent to sign in").contains("/login");
            browser.signIn("journey-analyst", SignIn.password("journey-analyst"));
            assertThat(browser.driver.getCurrentUrl()).as("and back to the page asked for").contains("/rulesets");
            assertThat(browser.byId("signed-in-as").getText()).contains("journey-analyst");
            assertThat(browser.all("a[href='/rulesets/audit']")).as("the audit log is the admin's").isEmpty();
            browser.assertAccessible();
            browser.screenshot("rulesets");
            upload(browser, broken.directory().resolve(RulesFixture.TABLE), "typo");
            assertThat(browser.byId("verdict").getText()).startsWith("Invalid");
            assertThat(browser.find("td.marked").getDomAttribute("data-cell")).isEqualTo(cell);
            assertThat(browser.find("td.marked").getText()).isEqualTo("creation.data-pipline");
            browser.assertAccessible();
            browser.screenshot("ruleset-report-broken");

            browser.go("/rulesets");
            upload(browser, fixed.directory().resolve(RulesFixture.TABLE), "clearer remediation");
            assertThat(browser.byId("verdict").getText()).contains("can be published");
            assertThat(browser.byId("gate-summary").getText()).matches("(\\d+) of \\1 scenarios pass\\.");
            assertThat(browser.byId("impact-summary").getText()).contains("stored teams", "scenarios change level");
            browser.assertAccessible();
            browser.screenshot("ruleset-report");

            browser.byId("publish-reason").sendKeys("clearer remediation text");
            browser.byId("publish").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("message")));
            String version = browser.find("h1 + p + p code, p code").getText();
            assertThat(browser.byId("message").getText()).contains("is now active", version);

            browser.go("/");
            browser.byId("a-creation.data-pipeline-yes").click();
            browser.byId("assess").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("ruleset-version")));
            assertThat(browser.byId("ruleset-version").getText()).isEqualTo(version);

            browser.signOut();
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/rulesets/audit");
            assertThat(browser.byId("audit").getText()).contains("publish", "clearer remediation text", "draft-rejected",
                    "journey-analyst");
            browser.assertAccessible();
            browser.screenshot("audit");
        }
    }

    private static void upload(Browser browser, Path table, String comment) {
        browser.byId("draft-file").sendKeys(table.toAbsolutePath().toString());
        browser.byId("comment").sendKeys(comment);
        browser.byId("upload").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }
}
