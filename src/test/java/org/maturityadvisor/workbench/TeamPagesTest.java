package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.teams.AssessmentDiff;
import org.maturityadvisor.teams.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A team's pages over real HTTP: a typed name other than the registered one is refused with the offer to store under
 * the registered name, a stored assessment says which one it is, and the diff speaks in names marked up and down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TeamPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ActiveRuleSet ruleSet;

    @Autowired
    TeamService teams;

    @Test
    void aTypedNameOtherThanTheRegisteredOneIsRefusedUntilConfirmed() {
        Pages pages = Pages.as(port, "name-assessor", "assessor");
        pages.post("/teams", Map.of("name", "Registered Name " + port, "id", "registered-" + port));
        String id = "registered-" + port;
        Map<String, String> form = WorkbenchPagesTest.sampleTeam();
        form.put("team", "Typed Name");
        form.put("teamId", id);

        HttpResponse<String> refused = pages.post("/store", form);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"name-mismatch\"", "Typed Name", "Nothing was stored",
                "Store under Registered Name " + port, "name=\"confirmName\" value=\"true\"",
                "name=\"a.release.method\" value=\"scripted\"");
        assertThat(pages.get("/teams/" + id).body()).contains("0 assessments");

        form.put("confirmName", "true");
        HttpResponse<String> confirmed = pages.post("/store", form);
        assertThat(confirmed.headers().firstValue("Location")).hasValue(pages.url("/teams/" + id + "/assessments/1"));
        String stored = pages.get("/teams/" + id + "/assessments/1").body();
        assertThat(stored).contains("Stored as assessment #1 of Registered Name " + port + " on ",
                " UTC by name-assessor; rests on: the answers as given then.");

        form.remove("confirmName");
        form.put("team", "");
        assertThat(pages.post("/store", form).statusCode()).as("a blank name is the team's").isEqualTo(302);
        form.put("team", " Registered Name " + port + " ");
        assertThat(pages.post("/store", form).statusCode()).as("the registered name, spaces aside").isEqualTo(302);
        assertThat(pages.get("/teams/" + id).body()).contains("3 assessments");
    }

    @Test
    void theDiffSpeaksInNamesAndMarksEachMoveUpOrDownInWordsAndColour() throws Exception {
        Pages pages = Pages.as(port, "diff-assessor", "assessor");
        String id = "diff-" + port;
        pages.post("/teams", Map.of("name", "Diff Team", "id", id));
        Map<String, String> form = WorkbenchPagesTest.sampleTeam();
        form.put("team", "");
        form.put("teamId", id);
        assertThat(pages.post("/store", form).statusCode()).isEqualTo(302);
        form.putAll(answers(JSON.readTree(Files.readString(Path.of("docs/examples/team.json"))).get("answers")));
        form.put("a.creation.experiment-tracking", "centralized");
        form.put("a.creation.model-versioning", "yes");
        form.put("a.creation.training-automation", "pipeline");
        form.put("a.release.method", "ci-cd-pipeline");
        form.put("a.creation.managed-compute", "yes");
        form.put("a.release.ownership", "software-engineering-team");
        assertThat(pages.post("/store", form).statusCode()).isEqualTo(302);

        Advisor rules = ruleSet.get();
        AssessmentDiff diff = teams.diff(id, 1, 2);
        String up = pages.get("/teams/" + id + "/diff?from=1&to=2").body();
        String down = pages.get("/teams/" + id + "/diff?from=2&to=1").body();
        boolean anyUp = false;
        for (ModelDiff model : diff.models()) {
            MaturityModel named = rules.models().stream().filter(m -> m.id().equals(model.model())).findFirst()
                    .orElseThrow();
            assertThat(up).contains(">" + named.name() + "<");
            for (String cleared : model.blockersCleared()) {
                assertThat(up).contains(html(named.criteria().stream().filter(c -> c.id().equals(cleared))
                        .findFirst().orElseThrow().text())).doesNotContain(">" + cleared + "<");
            }
            if (model.delta() != null && model.delta() > 0) {
                anyUp = true;
                assertThat(up).contains(named.level(model.levelAfter()).name());
            }
        }
        assertThat(anyUp).as("the changes raise some model's level").isTrue();
        assertThat(up).contains("class=\"move move-up\"", "<span>up</span>", "↑");
        assertThat(down).contains("class=\"move move-down\"", "<span>down</span>", "↓");
        for (var answer : diff.answers()) {
            assertThat(up).contains(html(rules.catalog().find(answer.field()).orElseThrow().question()))
                    .doesNotContain(">" + answer.field() + "<");
        }
        assertThat(up).doesNotContain("ms-experiment-tracking", ">microsoft<");
    }

    /** API answers as the questionnaire's fields: {@code a.<practice>}, true/false as yes/no. */
    private static Map<String, String> answers(JsonNode answers) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        answers.properties().forEach(answer -> form.put("a." + answer.getKey(), answer.getValue().isBoolean()
                ? (answer.getValue().booleanValue() ? "yes" : "no") : answer.getValue().asString()));
        return form;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
