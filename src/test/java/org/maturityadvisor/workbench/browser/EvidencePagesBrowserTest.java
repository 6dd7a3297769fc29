package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.EvidenceLadder;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
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
 * Evidence and freshness in the organisation's view, in a real browser, on rules whose level 2 needs a second
 * person's confirmation and whose deploy answers stay fresh 90 days (the evidence ladder, written as an analyst would):
 * one assessor records evidence, a second confirms it on the team page and the level rises; the one who recorded it
 * is refused with the reason on the page; a stale answer is listed with the day it went stale; the portfolio counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class EvidencePagesBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RULES = ladder();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String REVIEW = "Is every model reviewed by a second person?";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", RULES::toString);
    }

    private static Path ladder() {
        try {
            Path root = Files.createTempDirectory(Path.of("target"), "evidence-ladder-");
            return EvidenceLadder.into(Files.createDirectory(root.resolve("rules"))).directory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSecondAssessorConfirmsEvidenceOnTheTeamPageAndTheLevelRises() {
        Api api = new Api(port);
        String ana = SignIn.createUser("http://127.0.0.1:" + port, "ana", "assessor");
        SignIn.createUser("http://127.0.0.1:" + port, "ben", "assessor");
        String id = "reviewed-" + port;
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Reviewed ML\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> recorded = api.send("POST", "/api/teams/" + id + "/assessments", """
                {"context": {"%s": "offline"},
                 "answers": {
                   "ladder.deploy": {"value": "pipeline", "asOf": "%s"},
                   "ladder.audit": {"value": "yes", "evidence": [{"note": "audit log <b>kept</b> in the release channel"}]},
                   "ladder.review": {"value": "yes", "evidence": [
                     {"link": "https://review.example.com/pr/7?a=1&b=2", "note": "review of model v3"}]}}}
                """.formatted(EvidenceLadder.SERVING, TODAY.minusDays(80)), ana);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        int before = level(api, id);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("ana", SignIn.password("ana"));
            browser.go("/teams/" + id);
            WebElement mine = browser.find("#unconfirmed li[data-practice='ladder.review']");
            assertThat(mine.getText()).contains(REVIEW, "review of model v3", "recorded by ana on " + TODAY,
                    "You recorded this evidence; a second person must confirm it").doesNotContain("ladder.review");
            assertThat(mine.findElements(By.cssSelector("button.confirm-button"))).as("not offered to its recorder")
                    .isEmpty();
            assertThat(mine.findElement(By.cssSelector("a.evidence-link")).getDomAttribute("href"))
                    .isEqualTo("https://review.example.com/pr/7?a=1&b=2");
            assertThat(browser.find("#freshness tr[data-practice='ladder.deploy']").getText())
                    .contains("How is it deployed?", "pipeline", TODAY.minusDays(80).toString(), "90 days",
                            "goes stale in 11 days");
            assertThat(browser.byId("rests-on-words").getText()).contains("rests on 3 answers: 0 confirmed, "
                    + "2 evidenced, 1 bare claim");

            // a second tab, or a page kept open: the recorder's own confirmation is refused on the page, not stored
            submitConfirmation(browser, id, "ladder.review");
            WebElement refused = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.id("confirmation-refused")));
            assertThat(refused.getText()).contains("Not confirmed", REVIEW, "a second person must confirm it")
                    .doesNotContain("ladder.review");
            assertThat(browser.find("h1").getText()).isEqualTo("Reviewed ML");
            assertThat(assessments(api, id)).isEqualTo(1);
            browser.assertAccessible();
            browser.screenshot("team-confirmation-refused");
            browser.signOut();

            browser.signIn("ben", SignIn.password("ben"));
            browser.go("/teams/" + id);
            assertThat(browser.all("#unconfirmed button.confirm-button")).hasSize(2);
            browser.assertAccessible();
            browser.screenshot("team-evidence-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("team-evidence-390");
            browser.width(1280);

            browser.find("#unconfirmed li[data-practice='ladder.review'] button.confirm-button").click();
            WebElement done = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.id("confirmation-done")));
            assertThat(done.getText()).contains("Confirmed 1 evidence item of 1 answer (" + REVIEW + ")",
                    "stored as assessment #2");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/teams/" + id + "#rests-on-title");
            assertThat(browser.all("#unconfirmed li[data-practice='ladder.review']")).isEmpty();
            assertThat(browser.byId("rests-on-words").getText()).contains("Assessment #2 rests on 3 answers: "
                    + "1 confirmed, 1 evidenced, 1 bare claim");
            assertThat(browser.find("#rests-on tr[data-kind='confirmed'] td").getText()).isEqualTo("1");
            browser.byId("evidence").findElement(By.tagName("summary")).click();
            assertThat(browser.find("#evidence-table tr[data-practice='ladder.review']").getText())
                    .contains("evidence confirmed by a second person", "recorded by ana on " + TODAY,
                            "confirmed by ben on " + TODAY);
            assertThat(browser.find("#evidence-table tr[data-practice='ladder.audit']").getText())
                    .as("a note is text, never markup").contains("audit log <b>kept</b> in the release channel");
            browser.assertAccessible();
        }
        assertThat(assessments(api, id)).isEqualTo(2);
        assertThat(level(api, id)).as("level 2 needs the review confirmed").isEqualTo(2).isGreaterThan(before);
    }

    @Test
    void aStaleAnswerIsListedOnTheTeamPageWithTheDayItWentStale() {
        Api api = new Api(port);
        String id = "stale-" + port;
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Stale ML\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> stored = api.postJson("/api/teams/" + id + "/assessments", """
                {"context": {"%s": "offline"}, "answers": {"ladder.deploy": {"value": "scripted", "asOf": "%s"}}}
                """.formatted(EvidenceLadder.SERVING, TODAY.minusDays(100)));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/teams/" + id);
            WebElement row = browser.find("#freshness tr[data-practice='ladder.deploy']");
            assertThat(row.getText()).contains("How is it deployed?", "scripted", TODAY.minusDays(100).toString(),
                    TODAY.minusDays(9).toString(), "stale for 9 days");
            assertThat(row.getDomAttribute("class")).isEqualTo("stale");
            assertThat(browser.byId("freshness-summary").getText()).startsWith("1 answer is stale; none goes stale within 30 days");
            assertThat(browser.byId("no-unconfirmed").getText()).contains("No evidence");
            browser.assertAccessible();
            browser.screenshot("team-stale-1280");

            browser.go("/portfolio?sort=name");
            WebElement team = browser.find("#heat tr[data-team='" + id + "']");
            assertThat(team.findElement(By.cssSelector("td.stale-count")).getText()).isEqualTo("1");
            assertThat(team.findElement(By.cssSelector("td.unconfirmed-count")).getText()).isEqualTo("0");
            assertThat(team.findElement(By.cssSelector("td.claimed-count")).getText()).isEqualTo("1");
            assertThat(browser.find("#heat thead").getText()).contains("Stale", "Unconfirmed", "Claims");
            browser.assertAccessible();
            browser.screenshot("portfolio-evidence-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("portfolio-evidence-390");
            browser.width(1280);

            browser.byId("stale-teams").click();
            browser.waitFor(ExpectedConditions.urlContains("/teams?stale=true"));
            assertThat(browser.byId("teams").getText()).contains("Stale ML");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.byId("stale")).getFirstSelectedOption()
                    .getText()).isEqualTo("teams with a stale answer");
            browser.assertAccessible();
        }
        JsonNode listed = JSON.readTree(api.get("/api/teams?stale=true").body()).get("items");
        assertThat(listed.findValuesAsString("id")).as("the page lists what the API lists").contains(id);
    }

    /** Posts the team page's confirmation form for {@code practice} as the page would, with its CSRF token. */
    private static void submitConfirmation(Browser browser, String team, String practice) {
        browser.driver.executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/teams/' + arguments[0] + '/confirmations';
                for (const [name, value] of [['practice', arguments[1]],
                        ['_csrf', document.querySelector('meta[name=_csrf]').content]]) {
                  const input = document.createElement('input');
                  input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
                """, team, practice);
    }

    private static int level(Api api, String team) {
        JsonNode levels = JSON.readTree(api.get("/api/teams/" + team).body()).get("latestLevels");
        for (JsonNode level : levels) {
            if (level.get("model").stringValue().equals("ladder")) {
                return level.get("level").intValue();
            }
        }
        throw new AssertionError("no ladder level for " + team + ": " + levels);
    }

    private static int assessments(Api api, String team) {
        return JSON.readTree(api.get("/api/teams/" + team).body()).get("assessments").intValue();
    }
}
