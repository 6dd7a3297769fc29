package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
            assertThat(browser.driver.getCurrentUrl()).as("the refused draft's report has a URL of its own")
                    .contains("/rulesets/refused/");
            assertThat(browser.find("td.marked").getDomAttribute("data-cell")).isEqualTo(cell);
            assertThat(browser.find("td.marked").getText()).isEqualTo("creation.data-pipline");
            assertThat(browser.find("#findings .finding").getText()).contains("did you mean creation.data-pipeline?");
            assertMarkedCellShownWithItsRowIdsAndHeader(browser, 3);
            browser.assertAccessible();
            browser.screenshot("ruleset-report-broken");
            browser.screenshot("ruleset-1280");
            browser.width(390);
            browser.driver.navigate().refresh();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertMarkedCellShownWithItsRowIdsAndHeader(browser, 1);
            browser.assertNoHorizontalScroll();
            browser.assertAccessible();
            browser.screenshot("ruleset-390");
            browser.width(1280);

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

            browser.go("/rulesets");
            browser.byId("compare").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("changed-cells")));
            assertThat(browser.find("#changed-cells tbody tr").getText()).as("the row and the column, in words")
                    .contains("ms-data-pipeline", "Does a data pipeline gather the training data automatically?",
                            "Remediation", "Land training data in one known, versioned place.");
            browser.assertAccessible();
            browser.screenshot("compare-1280");

            browser.go("/");
            browser.byId("a-creation.data-pipeline-yes").click();
            browser.byId("assess").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("ruleset-version")));
            assertThat(browser.byId("ruleset-version").getText()).isEqualTo(version);

            browser.signOut();
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/rulesets/audit");
            assertThat(browser.byId("audit").getText()).contains("Published version #", "clearer remediation text",
                    "draft refused", "journey-analyst", "did you mean creation.data-pipeline?")
                    .doesNotContain("Finding[", "draft-rejected");
            browser.find("#audit a[href^='/rulesets/']").click();
            browser.waitFor(ExpectedConditions.urlMatches("/rulesets/\\d+$"));
            browser.driver.navigate().back();
            browser.assertAccessible();
            browser.screenshot("audit");

            importWithARetry(browser);
        }
    }

    /**
     * An import refused at a line, shown at its own URL with the form again; the fixed file through that form; Back
     * to the refusal without a form sent again.
     */
    private void importWithARetry(Browser browser) {
        Path bad = write("journey-teams.csv", "team,name,relase.method\njourney-imp,Journey import,manual\n");
        Path good = write("journey-fixed.csv", "team,name,release.method\njourney-imp,Journey import,manual\n");
        browser.go("/teams");
        browser.byId("import-file").sendKeys(bad.toAbsolutePath().toString());
        browser.byId("import").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-refused")));
        String refusal = browser.driver.getCurrentUrl();
        assertThat(refusal).contains("/teams/imports/");
        assertThat(browser.byId("import-errors").getText()).contains("did you mean release.method?");
        assertThat(browser.byId("import-template").getDomAttribute("href")).isEqualTo("/teams/import/template.csv");
        browser.assertAccessible();
        browser.screenshot("import-1280");
        browser.byId("retry-file").sendKeys(good.toAbsolutePath().toString());
        browser.byId("retry").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
        assertThat(browser.byId("import-summary").getText()).contains("1 team imported");
        browser.driver.navigate().back();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-refused")));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(refusal);
        browser.driver.navigate().forward();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
    }

    /**
     * The marked cell is inside the sheet's visible box, and so are its row's number, its id columns (the first
     * {@code pinned} of A-C that stay pinned at this width), the header row above it and the caption.
     */
    private static void assertMarkedCellShownWithItsRowIdsAndHeader(Browser browser, int pinned) {
        WebElement wrap = browser.find(".sheet-wrap");
        WebElement marked = wrap.findElement(By.cssSelector("td.marked"));
        String row = "tr:has(td.marked)";
        java.util.List<WebElement> shown = new java.util.ArrayList<>(java.util.List.of(marked,
                wrap.findElement(By.cssSelector(row + " > th")), wrap.findElement(By.cssSelector("thead th")),
                wrap.findElement(By.cssSelector(".sheet-caption"))));
        for (int column = 1; column <= pinned; column++) {
            shown.add(wrap.findElement(By.cssSelector(row + " > td.pin-" + column)));
        }
        int marks = browser.all("td.marked").size();
        assertThat(marks).isPositive();
        for (WebElement element : shown) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Number> inside = (java.util.Map<String, Number>) browser.driver.executeScript(
                    "var box = arguments[0].getBoundingClientRect(), r = arguments[1].getBoundingClientRect();"
                            + "return {left: r.left - box.left, right: box.right - r.right,"
                            + " top: r.top - box.top, bottom: box.bottom - r.bottom};", wrap, element);
            assertThat(inside.values()).as(element.getTagName() + "." + element.getDomAttribute("class") + " "
                    + element.getText() + " inside the sheet's visible box: " + inside)
                    .allSatisfy(gap -> assertThat(gap.doubleValue()).isGreaterThanOrEqualTo(-1));
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> covered = (java.util.Map<String, Number>) browser.driver.executeScript(
                "var m = arguments[0].getBoundingClientRect(), pins = arguments[1].querySelectorAll('td.pin, th.pin');"
                        + "var right = 0; pins.forEach(function (p) { if (getComputedStyle(p).position === 'sticky')"
                        + " { right = Math.max(right, p.getBoundingClientRect().right); } });"
                        + "return {markedLeft: m.left, pinnedRight: right};", marked, marked.findElement(By.xpath("..")));
        assertThat(covered.get("markedLeft").doubleValue()).as("the marked cell is not under the pinned columns")
                .isGreaterThanOrEqualTo(covered.get("pinnedRight").doubleValue() - 1);
    }

    private Path write(String name, String content) {
        try {
            return java.nio.file.Files.writeString(temp.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void upload(Browser browser, Path table, String comment) {
        browser.byId("draft-file").sendKeys(table.toAbsolutePath().toString());
        browser.byId("comment").sendKeys(comment);
        browser.byId("upload").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }
}
