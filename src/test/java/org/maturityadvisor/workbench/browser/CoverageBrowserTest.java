package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.ReleaseRubric;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An analyst, in a real browser, uploads a new model's table that no scenario checks and reads on the draft's page
 * the coverage picture (a bar per model, the numbers beside), a warning per row no scenario exercises, and, one click
 * away, what is never exercised; the active version's page shows its coverage too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class CoverageBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aDraftShowsItsCoverageAndWarnsOfTheRowsNoScenarioExercises() throws IOException {
        Path table = temp.resolve("release-rubric.drl.csv");
        Files.writeString(table, ReleaseRubric.rows(List.of(), "2", "manual: 1, scripted: 2, ci-cd-pipeline: 2")
                .stream().map(row -> row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(","))).collect(Collectors.joining("\n")));

        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "coverage-analyst", "analyst");
            browser.go("/rulesets");
            browser.signIn("coverage-analyst", SignIn.password("coverage-analyst"));
            browser.byId("draft-file").sendKeys(table.toAbsolutePath().toString());
            browser.byId("comment").sendKeys("a release rubric");
            browser.byId("upload").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));

            String rubric = browser.find("#coverage-models tr[data-model=release-rubric]").getText();
            assertThat(rubric).contains("Release rubric", "0 of 3 tests met, 0 of 3 blocking, 3 uncovered");
            assertThat(browser.byId("coverage-warnings").getText()).contains(
                    "release-rubric.drl.csv row", "(rr-method) changed and no scenario exercises it as met or blocking");
            assertThat(browser.byId("never-met").isDisplayed()).isFalse();
            browser.find("#coverage-uncovered summary").click();
            assertThat(browser.byId("never-met").getText())
                    .contains("Release rubric: test rr-tests (Testing): Is every release tested?");
            browser.assertAccessible();
            browser.screenshot("ruleset-coverage-draft-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("ruleset-coverage-draft-390");

            browser.width(1280);
            browser.go("/rulesets/1"); // the version loaded from the rules directory, active
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
            assertThat(browser.byId("coverage-summary").getText()).contains("Criteria, tests and statements "
                    + "exercised as met");
            assertThat(browser.all("#coverage-warnings")).isEmpty();
            browser.assertAccessible();
            browser.screenshot("ruleset-coverage-active-1280");
        }
    }
}
