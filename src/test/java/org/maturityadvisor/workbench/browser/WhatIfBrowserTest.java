package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if panel of a stored team's result, in a real browser: an answer changed reads in the catalog's words
 * (the practice's question, the criteria's texts, never their ids), the page's address follows it so a reload opens
 * the same what-if, and a reset returns every drop-down to the assessed answers. What is expected is read from the
 * API for the same answers, not from the shipped tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class WhatIfBrowserTest {

    static final String ANSWERS = """
            {"context": {"mlUseCases": 3, "inProduction": true},
             "answers": {"creation.data-pipeline": "yes", "creation.experiment-tracking": "ad-hoc",
                         "release.method": "scripted", "creation.model-versioning": "no"}}""";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A registered team with one stored assessment of {@link #ANSWERS}; its result page's path. */
    private String storedTeam(Api api, String id) {
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}").statusCode())
                .isEqualTo(201);
        assertThat(api.postJson("/api/teams/" + id + "/assessments", ANSWERS).statusCode()).isEqualTo(201);
        return "/teams/" + id + "/assessments/1";
    }

    /** The first blocker of the first model that has one, as the API reports it for the same answers. */
    private JsonNode firstBlocker(Api api) {
        JsonNode result = json.readTree(api.postJson("/api/assessments", "{\"team\": \"x\", "
                + ANSWERS.strip().substring(1)).body());
        for (JsonNode model : result.get("models")) {
            for (JsonNode level : model.get("blockedLevels")) {
                for (JsonNode blocker : level.get("blockers")) {
                    return blocker;
                }
            }
        }
        throw new AssertionError("no blocker for " + ANSWERS);
    }

    private String question(Api api, String practice) {
        for (JsonNode p : json.readTree(api.get("/api/practices").body())) {
            if (p.path("id").asString().equals(practice)) {
                return p.path("question").asString();
            }
        }
        throw new AssertionError("no practice " + practice);
    }

    /** The what-if panel alone as target/screenshots/{name}.png: the page above it is the verdict's to show. */
    private static void panelShot(Browser browser, String name) {
        browser.screenshot(name + "-page");
        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        WebElement panel = browser.byId("what-if");
        int bottom = panel.getRect().getY() + panel.getRect().getHeight();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
                Math.min(bottom + 100, 12000)));
        try {
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            java.nio.file.Files.copy(panel.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    Browser.SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    private static Select choose(Browser browser, String practice) {
        WebElement select = browser.byId("w-" + practice);
        WebElement group = select.findElement(By.xpath("ancestor::details"));
        if (group.getDomAttribute("open") == null) {
            group.findElement(By.tagName("summary")).click();
        }
        return new Select(select);
    }

    @Test
    void aChangedAnswerReadsInNamesSurvivesAReloadByItsAddressAndResetsToTheAssessedAnswers() {
        Api api = new Api(port);
        String page = storedTeam(api, "whatif-names");
        JsonNode blocker = firstBlocker(api);
        String practice = blocker.get("practice").asString();
        String question = question(api, practice);
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "whatif-assessor", "assessor");
            browser.signIn("whatif-assessor", SignIn.password("whatif-assessor"));
            browser.go(page);
            String base = browser.byId("w-" + practice).getDomAttribute("data-base");
            String assessed = base == null ? "" : base; // an empty attribute is left out of the page

            choose(browser, practice).selectByValue(blocker.get("required").asString());
            WebElement change = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#what-if-changes li[data-practice='" + practice + "']")));
            assertThat(change.getText()).contains(question).doesNotContain(practice);
            assertThat(browser.byId("what-if-outcome").getText()).as("blockers by their text, not their id")
                    .contains(blocker.get("text").asString()).doesNotContain(blocker.get("criterion").asString())
                    .doesNotContain("change(s)");
            assertThat(browser.driver.getCurrentUrl()).contains("w." + practice + "=");
            browser.byId("impact-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("impact-outcome")));
            assertThat(browser.byId("roadmap-gap").getText()).isNotBlank().doesNotContain("(s)");
            assertThat(browser.all("#next-steps > li")).as("the top options as cards, the rest folded").hasSizeLessThanOrEqualTo(3);
            assertThat(browser.byId("roadmap-md").getDomAttribute("href")).endsWith("/roadmap?format=md");
            browser.assertAccessible();
            panelShot(browser, "whatif-1280");

            browser.driver.navigate().refresh();
            assertThat(new Select(browser.byId("w-" + practice)).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo(blocker.get("required").asString());
            assertThat(browser.find("#what-if-changes li[data-practice='" + practice + "']").getText())
                    .as("the reloaded address opens the same what-if").contains(question);

            browser.byId("what-if-reset").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("what-if-result"),
                    "No answer changed"));
            assertThat(new Select(browser.byId("w-" + practice)).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo(assessed);
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("w.");

            browser.width(390);
            choose(browser, practice).selectByValue(blocker.get("required").asString());
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("what-if-table")));
            browser.assertNoHorizontalScroll();
            panelShot(browser, "whatif-390");
        }
    }

    /** The sample answers as a result's address. */
    private static String resultAddress() {
        return "/result?team=Plans+in+the+address&mlUseCases=3&inProduction=true&a.creation.data-pipeline=yes"
                + "&a.creation.experiment-tracking=ad-hoc&a.release.method=scripted&a.creation.model-versioning=no";
    }

    @Test
    void anUnstoredResultKeepsRenamesAndRemovesPlansInItsAddressAndAReloadKeepsThem() {
        Api api = new Api(port);
        JsonNode blocker = firstBlocker(api);
        String practice = blocker.get("practice").asString();
        try (Browser browser = Browser.open(port)) {
            browser.go(resultAddress());
            choose(browser, practice).selectByValue(blocker.get("required").asString());
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#keep-changes input[name='w." + practice + "']")));
            browser.byId("plan-name").sendKeys("first plan");
            browser.byId("keep-plan").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plans-table")));
            assertThat(browser.find("#plans-table thead").getText()).contains("first plan");
            assertThat(browser.find("#kept-plans .plan-changes").getText()).contains(question(api, practice));

            browser.driver.navigate().refresh();
            assertThat(browser.find("#kept-plans .plan-name").getText()).isEqualTo("first plan");

            WebElement rename = browser.byId("plan-rename-0");
            rename.clear();
            rename.sendKeys("renamed plan");
            browser.find("#kept-plans form.rename-plan button").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plans-table thead"),
                    "renamed plan"));
            browser.assertAccessible();

            browser.find("#kept-plans form.remove-plan button").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("no-plans")));
            assertThat(browser.all("#plans-table")).isEmpty();
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("plan=");
        }
    }

    private static void keep(Browser browser, String practice, String value, String name) {
        choose(browser, practice).selectByValue(value);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#keep-changes input[name='w." + practice + "']")));
        browser.byId("plan-name").sendKeys(name);
        browser.byId("keep-plan").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("kept-plans"), name));
    }

    @Test
    void aStoredTeamsPlansAreKeptRenamedComparedAndRemovedAcrossReloadsAndAViewerOnlyReadsThem() {
        Api api = new Api(port);
        String page = storedTeam(api, "whatif-plans");
        JsonNode blocker = firstBlocker(api);
        String practice = blocker.get("practice").asString();
        String required = blocker.get("required").asString();
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "plans-assessor", "assessor");
            SignIn.createUser(browser.url(""), "plans-viewer", "viewer");
            browser.signIn("plans-assessor", SignIn.password("plans-assessor"));
            browser.go(page);
            keep(browser, practice, required, "first plan");
            assertThat(browser.driver.getCurrentUrl()).contains(page);
            keep(browser, practice, required, "second plan");
            assertThat(browser.find("#plans-table thead").getText()).contains("first plan", "second plan");

            browser.driver.navigate().refresh();
            assertThat(browser.all("#kept-plans .plan-name")).extracting(WebElement::getText)
                    .containsExactly("first plan", "second plan");

            WebElement rename = browser.byId("plan-rename-0");
            rename.clear();
            rename.sendKeys("renamed plan");
            browser.find("#kept-plans form.rename-plan button").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plans-table thead"),
                    "renamed plan"));
            browser.find("#kept-plans form.remove-plan button").click();
            browser.waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("kept-plans"), "renamed plan")));
            assertThat(browser.all("#kept-plans .plan-name")).extracting(WebElement::getText)
                    .containsExactly("second plan");
            browser.assertAccessible();

            browser.signOut();
            browser.signIn("plans-viewer", SignIn.password("plans-viewer"));
            browser.go(page);
            assertThat(browser.all("#kept-plans .plan-name")).extracting(WebElement::getText)
                    .containsExactly("second plan");
            assertThat(browser.all("#keep-plan-form, .plan-controls, .rename-plan, .remove-plan"))
                    .as("a viewer reads plans but is offered no control to change them").isEmpty();
            browser.assertAccessible();
        }
    }
}
