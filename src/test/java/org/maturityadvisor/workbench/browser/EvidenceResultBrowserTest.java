package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.EvidenceLadder;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessor records evidence and "not applicable" in the questionnaire and reads, on the result, what each level
 * rests on, the evidence beside the criterion it meets, the blocker "claimed without evidence", the criteria left out
 * with their reason, and the what-if "with evidence". The rules are the test's own evidence ladder (a table using
 * every evidence column, {@link EvidenceLadder}); the page is checked against what the API answers for the same input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class EvidenceResultBrowserTest {

    static final String NOTE = "<script>document.title='hijacked'</script> audit log of every release";
    static final String LINK = "https://audit.example.com/releases?all=1&sort=desc";
    static final String REASON = "batch scoring only: no live traffic to split";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ladder(DynamicPropertyRegistry registry) {
        try {
            Path rules = EvidenceLadder.into(Files.createTempDirectory("evidence-ladder").resolve("rules")).directory();
            registry.add("maturity.rules-dir", rules::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input the questionnaire below sends, as the API takes it. */
    static final String INPUT = """
            {"team": "Ladder team", "answers": {
               "ladder.deploy": "pipeline",
               "ladder.audit": {"value": "yes", "evidence": [{"link": "%s", "note": "%s"}]},
               "ladder.review": "yes",
               "ladder.abtest": {"notApplicable": true, "reason": "%s"}}}"""
            .formatted(LINK, NOTE, REASON);

    private static void fill(Browser browser) {
        browser.go("/");
        browser.byId("team").sendKeys("Ladder team");
        browser.byId("a-ladder.deploy-pipeline").click();
        browser.byId("a-ladder.audit-yes").click();
        EvidenceJourneyTest.openEvidence(browser, "ladder.audit");
        browser.byId("e-ladder.audit-1-link").sendKeys(LINK);
        browser.byId("e-ladder.audit-1-note").sendKeys(NOTE);
        browser.byId("a-ladder.review-yes").click();
        browser.byId("a-ladder.abtest-na").click();
        browser.byId("na-ladder.abtest").sendKeys(REASON);
        browser.byId("assess").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }

    private static ResultBasis basis(JsonNode node) {
        return new ResultBasis(node.get("answered").asInt(), node.get("confirmed").asInt(),
                node.get("evidenced").asInt(), node.get("claimed").asInt(), node.get("stale").asInt(),
                node.get("notApplicable").asInt());
    }

    @Test
    void theResultSaysWhatEachLevelRestsOnShowsTheEvidenceAndTheBlockerClaimedWithoutEvidence() {
        Api api = new Api(port);
        JsonNode expected = JsonMapper.builder().build().readTree(api.postJson("/api/assessments", INPUT).body());
        JsonNode ladder = null;
        for (JsonNode model : expected.get("models")) {
            if (model.get("model").asString().equals("ladder")) {
                ladder = model;
            }
        }
        SignIn.createUser("http://127.0.0.1:" + port, "asha", "assessor");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("asha", SignIn.password("asha"));
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                fill(browser);
                assertThat(browser.driver.getTitle()).doesNotContain("hijacked");
                assertThat(browser.byId("rests-on").getText()).as("the whole result's basis, as the API counts it")
                        .containsIgnoringCase(basis(expected.get("restsOn")).words());
                WebElement bar = browser.find("#rests-on-bars tr[data-model='ladder']");
                JsonNode reached = ladder.get("restsOn").get(ladder.get("restsOn").size() - 1);
                assertThat(bar.getDomAttribute("data-confirmed")).isEqualTo(reached.get("confirmed").asString());
                assertThat(bar.getDomAttribute("data-evidenced")).isEqualTo(reached.get("evidenced").asString());
                assertThat(bar.getDomAttribute("data-claimed")).isEqualTo(reached.get("claimed").asString());
                assertThat(bar.getText()).contains("level " + ladder.get("level").asInt() + ": ");
                browser.assertAccessible();
                EvidenceJourneyTest.shoot(browser, browser.byId("verdict"), "result-rests-on-" + width);

                WebElement why = browser.byId("model-ladder");
                why.findElement(By.tagName("summary")).click();
                WebElement link = browser.find("#met-ladder a[href='" + LINK + "']");
                assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
                assertThat(browser.byId("met-ladder").getText()).as("the note as text, markup and all").contains(NOTE)
                        .contains("evidence, not confirmed");
                assertThat(browser.all("#met-ladder script")).isEmpty();
                WebElement review = browser.find("#model-ladder table.blockers tr[data-practice='ladder.review']");
                assertThat(review.findElement(By.cssSelector(".badge[data-doubt]")).getText())
                        .isEqualTo("unknown: claimed without evidence");
                assertThat(review.getText()).contains("a bare claim").doesNotContain("unanswered");
                assertThat(browser.byId("not-applicable-ladder").getText()).contains("marked not applicable")
                        .contains(REASON);
                browser.assertAccessible();
                EvidenceJourneyTest.shoot(browser, why, "result-explained-evidence-" + width);
                browser.assertNoHorizontalScroll();
            }
        }
    }

    @Test
    void theWhatIfWithEvidenceSaysWhichLevelRisesAndTheBlockerThatHeldItBack() {
        try (Browser browser = Browser.open(port)) {
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                fill(browser);
                browser.byId("what-if-evidence").click();
                WebElement why = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("what-if-why")));
                assertThat(why.getText()).contains("Evidence ladder: level 1 \u2192 2")
                        .contains("Is every model reviewed? (was unknown: claimed without evidence)");
                assertThat(browser.find("#what-if-table tr[data-model='ladder'] .after").getText()).isEqualTo("2");
                assertThat(browser.driver.getCurrentUrl()).as("the address keeps the toggle")
                        .endsWith("withEvidence=true");
                browser.assertAccessible();
                EvidenceJourneyTest.shoot(browser, browser.byId("what-if-result"), "whatif-with-evidence-" + width);

                browser.driver.navigate().refresh();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("what-if-why")));
                assertThat(browser.byId("what-if-evidence").isSelected()).isTrue();
                browser.byId("what-if-reset").click();
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("what-if-why")));
                assertThat(browser.driver.getCurrentUrl()).doesNotContain("withEvidence");
            }
        }
    }

    @Test
    void aStoredTeamsAnswersLoadIntoTheQuestionnaireWithTheirAgeAndWhoRecordedTheEvidence() {
        Api api = new Api(port);
        assertThat(api.postJson("/api/teams", "{\"id\": \"ladder-team\", \"name\": \"Ladder team\"}").statusCode())
                .isEqualTo(201);
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC).minusDays(100);
        String stored = """
                {"answers": {"ladder.deploy": {"value": "pipeline", "asOf": "%s"},
                   "ladder.audit": {"value": "yes", "evidence": [{"link": "%s"}]},
                   "ladder.abtest": {"notApplicable": true, "reason": "%s"}}}""".formatted(asOf, LINK, REASON);
        var response = api.postJson("/api/teams/ladder-team/assessments", stored);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                browser.go("/?load=ladder-team");
                assertThat(browser.byId("age-ladder.deploy").getText())
                        .isEqualTo("as of " + asOf + ", 100 days ago; stale: older than 90 days");
                assertThat(browser.byId("age-ladder.audit").getText()).contains("1 piece of evidence recorded by")
                        .contains("not confirmed");
                assertThat(browser.byId("a-ladder.abtest-na").isSelected()).isTrue();
                assertThat(browser.byId("na-ladder.abtest").getDomProperty("value")).isEqualTo(REASON);
                assertThat(browser.byId("e-ladder.audit-1-link").getDomProperty("value")).isEqualTo(LINK);
                browser.assertAccessible();
                EvidenceJourneyTest.shoot(browser, browser.byId("dimension-Ladder"), "questionnaire-loaded-" + width);
                browser.byId("assess").click();
                browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
                assertThat(browser.byId("rests-on").getText()).contains("1 stale");
            }
        }
    }
}
