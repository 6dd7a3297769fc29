package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assessor, in a real browser: signs in, fills the questionnaire, reads what blocks the next Microsoft level, and
 * flips what-if answers until the level rises (each what-if an htmx POST from the session, carrying its CSRF token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AssessorJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void fillsTheQuestionnaireReadsABlockerAndFlipsWhatIfsUntilTheLevelRises() {
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "journey-assessor", "assessor");
            browser.signIn("journey-assessor", SignIn.password("journey-assessor"));
            browser.go("/");
            browser.byId("team").sendKeys("Payments ML");
            browser.byId("mlUseCases").sendKeys("3");
            new Select(browser.byId("inProduction")).selectByValue("true");
            for (String radio : List.of("a-creation.data-pipeline-yes", "a-creation.experiment-tracking-ad-hoc",
                    "a-release.method-scripted", "a-creation.model-versioning-no")) {
                browser.byId(radio).click();
            }
            assertThat(browser.byId("a-creation.managed-compute-unanswered").isSelected())
                    .as("an untouched practice stays unanswered, not no").isTrue();
            browser.assertAccessible();
            browser.screenshot("questionnaire");
            browser.byId("assess").click();

            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            int before = Integer.parseInt(browser.byId("card-microsoft").getDomAttribute("data-level"));
            List<WebElement> blockers = browser.all("#blockers-microsoft-" + (before + 1) + " tbody tr");
            assertThat(blockers).isNotEmpty();
            assertThat(browser.all("#blockers-microsoft-" + (before + 1) + " .badge.unknown"))
                    .as("an unanswered blocker reads as unknown").isNotEmpty();
            browser.assertAccessible();

            int after = before;
            for (WebElement blocker : blockers) {
                String practice = blocker.getDomAttribute("data-practice");
                WebElement select = browser.byId("w-" + practice);
                WebElement group = select.findElement(By.xpath("ancestor::details"));
                if (group.getDomAttribute("open") == null) {
                    group.findElement(By.tagName("summary")).click(); // the practice's dimension, folded
                }
                new Select(select).selectByValue(blocker.getDomAttribute("data-required"));
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#what-if-changes li[data-practice='" + practice + "']")));
                after = Integer.parseInt(browser.find("#what-if-table tr[data-model=microsoft] .after").getText());
            }
            assertThat(after).as("every blocker of level " + (before + 1) + " flipped").isGreaterThan(before);
            assertThat(browser.find("#what-if-table tr[data-model=microsoft] .before").getText())
                    .isEqualTo(String.valueOf(before));

            browser.byId("plan-name").sendKeys("every blocker of level " + (before + 1));
            browser.byId("keep-plan").click(); // an unstored result keeps it in its address, and reopens compared
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plans-table")));
            assertThat(browser.find("#plans-table tr[data-model=microsoft] td[data-plan]").getText())
                    .startsWith(String.valueOf(after));
            assertThat(browser.driver.getCurrentUrl()).contains("plan=");

            browser.byId("path-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("path-outcome")));
            browser.byId("impact-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("impact-outcome")));
            browser.assertAccessible();
            browser.screenshot("result-what-if");

            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("result-390px");
            browser.go("/");
            browser.assertNoHorizontalScroll();
            browser.screenshot("questionnaire-390px");
        }
    }
}
