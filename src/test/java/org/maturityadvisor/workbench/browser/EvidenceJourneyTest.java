package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assessor backs answers up in the questionnaire, in a real browser: evidence (a link, a note, more than one item),
 * "not applicable" with its reason, the day an answer is true as of; the form travels in the result's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class EvidenceJourneyTest {

    static final String RELEASE = "release.method";
    static final String PIPELINE = "creation.data-pipeline";

    @LocalServerPort
    int port;

    /** One element alone as target/screenshots/{name}.png. */
    static void shoot(Browser browser, WebElement element, String name) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), Browser.SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebElement openEvidence(Browser browser, String practice) {
        WebElement details = browser.find("#practice-" + practice.replace(".", "\\.") + " details.evidence");
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details;
    }

    @Test
    void notApplicableAsksForItsReasonAndAnAssessorCanAddAThirdPieceOfEvidence() {
        try (Browser browser = Browser.open(port)) {
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 1000));
                browser.go("/");
                WebElement reason = browser.byId("na-" + PIPELINE);
                assertThat(reason.isDisplayed()).as("the reason is asked only once 'not applicable' is chosen")
                        .isFalse();
                browser.byId("a-" + PIPELINE + "-na").click();
                assertThat(reason.isDisplayed()).isTrue();
                reason.sendKeys("no pipeline of our own: the platform team runs it");

                browser.byId("a-" + RELEASE + "-ci-cd-pipeline").click();
                WebElement evidence = openEvidence(browser, RELEASE);
                assertThat(evidence.findElements(By.cssSelector(".evidence-item"))).as("two slots to start with")
                        .hasSize(2);
                evidence.findElement(By.cssSelector("[data-add-evidence]")).click();
                List<WebElement> items = evidence.findElements(By.cssSelector(".evidence-item"));
                assertThat(items).hasSize(3);
                assertThat(items.get(2).findElement(By.cssSelector("input[type=url]")).getDomAttribute("name"))
                        .isEqualTo("e." + RELEASE + ".3.link");
                assertThat(items.get(2).findElement(By.tagName("label")).getText()).isEqualTo("Link 3");
                browser.byId("e-" + RELEASE + "-1-link").sendKeys("https://ci.example.com/pipelines/42");
                browser.byId("e-" + RELEASE + "-1-note").sendKeys("deploy job runs on every push to main");
                items.get(2).findElement(By.cssSelector("input[type=text]")).sendKeys("release checklist in the wiki");
                browser.assertAccessible();
                shoot(browser, browser.byId("practice-" + RELEASE), "questionnaire-evidence-" + width);
                shoot(browser, browser.byId("practice-" + PIPELINE), "questionnaire-not-applicable-" + width);
                browser.assertNoHorizontalScroll();
            }
        }
    }
}
