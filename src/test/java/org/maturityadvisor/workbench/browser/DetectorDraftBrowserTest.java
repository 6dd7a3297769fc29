package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
 * An analyst, in a real browser, uploads an edited detector table as a draft and reads on the draft's page which
 * detector it adds, what it observes and that the scan cases gate it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class DetectorDraftBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aDraftDetectorTableShowsTheDetectorItAddsOnTheDraftPage() throws IOException {
        Path table = RulesFixture.copyOfShipped(temp.resolve("rules")).directory().resolve("detectors.csv");
        Files.writeString(table, "flyte-workflow,creation.pipeline-orchestrator,yes,*.py,literal,@workflow,"
                + "a Flyte workflow,python|flyte\n", StandardOpenOption.APPEND);

        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "detector-analyst", "analyst");
            browser.go("/rulesets");
            browser.signIn("detector-analyst", SignIn.password("detector-analyst"));
            browser.byId("draft-file").sendKeys(table.toAbsolutePath().toString());
            browser.byId("comment").sendKeys("a Flyte detector");
            browser.byId("upload").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));

            String changes = browser.byId("detector-changes").getText();
            assertThat(changes).contains("1 detector", "flyte-workflow", "creation.pipeline-orchestrator", "yes");
            browser.assertAccessible();
            browser.screenshot("ruleset-detector-draft-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("ruleset-detector-draft-390");
        }
    }
}
