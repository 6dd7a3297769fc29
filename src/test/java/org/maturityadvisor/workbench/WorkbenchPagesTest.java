package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages over real HTTP: each renders, calls the services behind the API, and uses no asset from outside. The
 * questionnaire, result and what-if are used anonymously (they store nothing); the rest in a signed-in session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class WorkbenchPagesTest {

    private static final Pattern EXTERNAL = Pattern.compile("(src|href)=\"(https?:)?//");

    @LocalServerPort
    int port;

    static Map<String, String> sampleTeam() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team", "Payments ML");
        form.put("mlUseCases", "3");
        form.put("businessCritical", "false");
        form.put("inProduction", "true");
        form.put("a.creation.data-pipeline", "yes");
        form.put("a.creation.experiment-tracking", "ad-hoc");
        form.put("a.release.method", "scripted");
        form.put("a.creation.model-versioning", "no");
        return form;
    }

    @Test
    void everyPageRendersWithItsAssetsFromTheJar() {
        Pages pages = Pages.admin(port);
        for (String path : new String[] {"/", "/teams", "/portfolio", "/models", "/rulesets", "/rulesets/audit"}) {
            HttpResponse<String> page = pages.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("<main id=\"main\">").containsPattern(
                    "src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"");
            assertThat(EXTERNAL.matcher(page.body()).find()).as(path + " links nothing outside the jar").isFalse();
        }
        assertThat(pages.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(pages.get("/webjars/chartjs/dist/chart.umd.js").statusCode()).isEqualTo(200);
        assertThat(pages.get("/css/print.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theQuestionnaireShowsEveryPracticeWithUnansweredAsTheDefault() {
        String page = new Pages(port).get("/").body();
        assertThat(page).contains("name=\"a.creation.data-pipeline\"", "id=\"a-creation.data-pipeline-unanswered\"");
        Matcher checked = Pattern.compile("value=\"\"\\s+id=\"a-[^\"]+-unanswered\"\\s+checked").matcher(page);
        assertThat(checked.results().count()).as("every practice starts unanswered").isGreaterThan(50);
        assertThat(page).doesNotContain("value=\"no\" id=\"a-creation.data-pipeline-no\" checked");
    }

    /** The result page at its address (a query in another order is sent on once to the canonical one). */
    static HttpResponse<String> result(Pages pages, Map<String, String> form) {
        HttpResponse<String> page = pages.get("/result?" + ResultAddressTest.query(form));
        return page.statusCode() == 303 ? pages.get(page.headers().firstValue("Location").orElseThrow()) : page;
    }

    @Test
    void aResultExplainsEveryModelAndTellsUnknownFromAbsent() {
        HttpResponse<String> result = result(new Pages(port), sampleTeam());
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("Every model side by side", "Why level", "Why not level",
                "unknown: not answered", "answered, below what is required", "Crosswalk", "id=\"ruleset-version\"");
        assertThat(result.body()).contains("data-practice=\"creation.experiment-tracking\" data-required=\"centralized\"");
    }

    @Test
    void aDimensionWithNothingEarnedDoesNotReadAsALevel() {
        Map<String, String> nothing = Map.of("team", "Blank");
        String body = result(new Pages(port), nothing).body();
        assertThat(body).contains("nothing earned yet", "none met yet: its first criteria are at level");
    }

    @Test
    void badAnswersComeBackOnTheQuestionnaireNamingTheField() {
        Map<String, String> form = sampleTeam();
        form.put("a.release.method", "carrier-pigeon");
        HttpResponse<String> page = result(new Pages(port), form);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("answers.release.method", "carrier-pigeon", "id=\"questionnaire\"");
    }

    @Test
    void theResultDownloadsAsTheApisJson() {
        HttpResponse<String> json = new Pages(port).post("/result.json", sampleTeam());
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment"));
        assertThat(json.body()).startsWith("{\"team\":\"Payments ML\"").contains("\"blockedLevels\"");
    }

    @Test
    void aWhatIfShowsEachModelBeforeAndAfterAndTheBlockersCleared() {
        Map<String, String> form = sampleTeam();
        form.put("w.creation.experiment-tracking", "centralized");
        HttpResponse<String> fragment = new Pages(port).post("/what-if", form);
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"what-if-table\"",
                "data-model=\"microsoft\"", "ms-experiment-tracking");
    }

    @Test
    void thePathAndTheBestNextStepsComeFromTheSimulator() {
        Pages pages = new Pages(port);
        Map<String, String> form = sampleTeam();
        form.put("model", "microsoft");
        form.put("target", "2");
        assertThat(pages.post("/what-if/path", form).body()).contains("From level 0 to level 2", "id=\"path-steps\"");
        assertThat(pages.post("/what-if/impact", sampleTeam()).body()).contains("id=\"roadmap-gap\"",
                "id=\"next-steps\"").doesNotContain("change(s)");
        form.put("target", "9");
        HttpResponse<String> refused = pages.post("/what-if/path", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("0-4");
    }

    @Test
    void namedPlansAreComparedSideBySide() {
        Pages pages = new Pages(port);
        java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>(sampleTeam().entrySet());
        form.add(Map.entry("plan", "track experiments\ncreation.experiment-tracking=centralized"));
        form.add(Map.entry("plan", "automate release\nrelease.method=ci-cd-pipeline\ncreation.model-versioning=yes"));
        HttpResponse<String> plans = pages.postAll("/what-if/plans", form);
        assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
        assertThat(plans.body()).doesNotContain("<html").contains("id=\"plans-table\"", "<th scope=\"col\">track experiments</th>",
                "<th scope=\"col\">automate release</th>", "data-plan=\"automate release\"", "release.method");

        form.add(Map.entry("plan", "bad\nrelease.method=carrier-pigeon"));
        HttpResponse<String> refused = pages.postAll("/what-if/plans", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("carrier-pigeon");
    }

    @Test
    void aTeamIsRegisteredAssessedTwiceComparedAndReexplained() {
        Pages pages = Pages.as(port, "pages-assessor", "assessor");
        HttpResponse<String> registered = pages.post("/teams", Map.of("name", "Pages Team " + port));
        assertThat(registered.statusCode()).isEqualTo(302);
        String id = "pages-team-" + port;
        Map<String, String> form = sampleTeam();
        form.put("teamId", id);
        assertThat(pages.post("/store", form).headers().firstValue("Location")).hasValue(
                pages.url("/teams/" + id + "/assessments/1"));
        form.put("a.creation.experiment-tracking", "centralized");
        pages.post("/store", form);
        assertThat(pages.get("/teams/" + id + "/assessments/2").body()).contains("identical to the stored result");
        assertThat(pages.get("/?load=" + id).body()).containsPattern(
                "value=\"centralized\"\\s+id=\"a-creation.experiment-tracking-centralized\"\\s+checked");
        String team = pages.get("/teams/" + id).body();
        assertThat(team).contains("id=\"history-chart\"", "&quot;datasets&quot;", "#2");
        assertThat(pages.get("/teams/" + id + "/diff?from=1&to=2").body()).contains("creation.experiment-tracking",
                "centralized", "ms-experiment-tracking");
        assertThat(pages.get("/teams").body()).contains(id);
        assertThat(pages.get("/portfolio").body()).contains("id=\"heat\"", id, "id=\"top-blockers\"");
    }

    @Test
    void anUnknownTeamIsAPageNotJson() {
        HttpResponse<String> missing = Pages.as(port, "pages-viewer", "viewer").get("/teams/no-such-team");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<main", "no team no-such-team");
    }

    @Test
    void everyTableOfTheActiveRulesDownloads() {
        Pages pages = new Pages(port);
        assertThat(pages.get("/models").body()).contains("/models/files/microsoft-mlops.drl.xlsx", "id=\"targets\"",
                "id=\"crosswalk\"");
        assertThat(pages.get("/models/files/practices.csv").body()).startsWith("id,");
    }
}
