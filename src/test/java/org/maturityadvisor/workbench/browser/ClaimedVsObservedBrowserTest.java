package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.maturityadvisor.workbench.ObservedFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An assessor answers the questionnaire, chooses a zip of the team's repository (built by the test) and reads claimed
 * vs observed on the result: the bar with its counts, the disagreement first and marked in words, the sightings with
 * the full list one click away, markup from the files shown as text; axe finds nothing at 1280 and 390 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class ClaimedVsObservedBrowserTest {

    private static final Path TEMP = temp();

    @LocalServerPort
    int port;

    private static Path temp() {
        try {
            return Files.createTempDirectory("observed-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        Path rules = ObservedFixture.rules(TEMP);
        registry.add("maturity.rules-dir", rules::toString);
    }

    @Test
    void anAssessorUploadsTheRepositoryAndSeesClaimedVsObservedDisagreementFirst() throws IOException {
        Path archive = Files.write(TEMP.resolve("team-repo.zip"), ObservedFixture.zip(ObservedFixture.repository()));
        SignIn.createUser("http://127.0.0.1:" + port, "olga", "assessor");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("olga", SignIn.password("olga"));
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                browser.go("/");
                browser.byId("team").sendKeys("Observed team");
                browser.byId("a-integration.app-tests-unit").click();
                browser.byId("a-integration.automated-builds-yes").click();
                browser.byId("archive").sendKeys(archive.toAbsolutePath().toString());
                browser.byId("assess").click();
                try {
                    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError(browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource()
                            .substring(0, Math.min(3000, browser.driver.getPageSource().length())), e);
                }
                assertThat(browser.all("#claimed-vs-observed")).as(browser.driver.getCurrentUrl() + "\n"
                        + browser.find("main").getText()).isNotEmpty();
                WebElement section = browser.byId("claimed-vs-observed");

                assertThat(browser.driver.getTitle()).doesNotContain("hijacked");
                assertThat(browser.byId("scan-note").getText()).contains("team-repo.zip", "not in this page's address");
                assertThat(browser.byId("observed-words").getText()).isEqualTo(
                        "3 practices compared with the repository: 1 disagrees (1 claimed but not found).");
                assertThat(browser.all("#observed-counts li")).extracting(WebElement::getText)
                        .containsExactly("1 claimed and observed", "1 claimed but not found",
                                "1 found, not answered: taken from the repository");
                List<WebElement> rows = browser.all("#observed-table tbody tr");
                assertThat(rows.get(0).getText()).contains("Are builds of the application automated?",
                        "Disagrees:", "claimed but not found", "nothing in the files");
                WebElement tests = browser.find("#observed-table tr[data-practice='integration.app-tests']");
                assertThat(tests.getText()).as("the first place shown, markup as text")
                        .contains(ObservedFixture.MARKUP_PATH + ":1", "def test_markup():",
                                "a test function in a test file");
                tests.findElement(By.cssSelector("details.all-sightings summary")).click();
                assertThat(tests.findElement(By.cssSelector("details.all-sightings ul")).getText())
                        .contains("tests/test_model.py:4", "def test_accuracy():");
                assertThat(browser.find("#observed-table tr[data-practice='creation.experiment-tracking']").getText())
                        .contains(ObservedFixture.MARKUP_LINE);
                assertThat(browser.all("#claimed-vs-observed img, #claimed-vs-observed b, #claimed-vs-observed a"))
                        .as("nothing from the repository became markup or a link").isEmpty();
                assertThat(browser.find("#rests-on-bars").getText()).contains("observed");
                browser.assertAccessible();
                browser.assertNothingBlocked();
                browser.assertNoHorizontalScroll();
                EvidenceJourneyTest.shoot(browser, section, "claimed-vs-observed-" + width);
                EvidenceJourneyTest.shoot(browser, browser.byId("verdict"), "claimed-vs-observed-verdict-" + width);

                WebElement why = browser.find("details.model");
                why.findElement(By.tagName("summary")).click();
                assertThat(browser.all("details.model .basis-seen, details.model .basis-repository")).isNotEmpty();
                browser.assertAccessible();
                EvidenceJourneyTest.shoot(browser, why, "claimed-vs-observed-why-" + width);

                browser.go("/");
                assertThat(browser.byId("archive")).isNotNull();
                EvidenceJourneyTest.shoot(browser, browser.byId("repository"), "questionnaire-archive-" + width);
            }
        }
    }
}
