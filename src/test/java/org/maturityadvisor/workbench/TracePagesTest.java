package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The trace pages over real HTTP: a draft's failing scenario links to its trace on the draft's own tables (the edited
 * cell as typed in the draft), a stored assessment's cards link to its trace, and an unknown model is a 404 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TracePagesTest {

    private static final Pattern TRACE_LINK = Pattern.compile("class=\"gate-trace\"\\s+href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aFailingScenarioOfADraftIsTracedOnTheDraftsTables() {
        Pages analyst = Pages.as(port, "trace-analyst", "analyst");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("gate"));
        int row = rules.rowOf("ms-managed-compute");
        rules.setCell("C" + row, "1");
        HttpResponse<String> uploaded = analyst.upload("/rulesets/drafts", rules.directory()
                .resolve(RulesFixture.TABLE));
        String location = uploaded.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");

        String report = analyst.get(location).body();
        Matcher link = TRACE_LINK.matcher(report);
        assertThat(link.find()).as("a trace link beside a failing scenario").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).contains("/trace?scenario=");

        HttpResponse<String> traced = analyst.get(href + "&model=microsoft");
        assertThat(traced.statusCode()).isEqualTo(200);
        assertThat(traced.body()).contains("Trace on the table: ", "RuleTable Criteria", "Back to rule set #")
                .containsPattern("data-key=\"ms-managed-compute\"[^>]*data-row=\"" + row + "\"");
        // the draft's own cell: ms-managed-compute now gates level 1
        Matcher managed = Pattern.compile("data-key=\"ms-managed-compute\".*?</tr>", Pattern.DOTALL)
                .matcher(traced.body());
        assertThat(managed.find()).isTrue();
        assertThat(managed.group()).contains("<td>1</td>").contains("blocks level 1");
    }

    @Test
    void aStoredAssessmentLinksEachModelToItsTraceAndAnUnknownModelIsA404Page() throws Exception {
        Api api = new Api(port);
        String team = "trace-page-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Search ranking\"}");
        String input = JsonMapper.builder().build().readTree(Files.readString(
                Path.of("scenarios/google-level-1-pipeline-automation.json"))).get("input").toString();
        assertThat(api.postJson("/api/teams/" + team + "/assessments", input).statusCode()).isEqualTo(201);
        Pages viewer = Pages.as(port, "trace-viewer", "viewer");

        String result = viewer.get("/teams/" + team + "/assessments/1").body();
        assertThat(result).contains("href=\"/teams/" + team + "/assessments/1/trace?model=google\"");
        HttpResponse<String> traced = viewer.get("/teams/" + team + "/assessments/1/trace?model=google");
        assertThat(traced.statusCode()).isEqualTo(200);
        assertThat(traced.body()).contains("Stored assessment #1: level 1 of", "Back to assessment #1");

        HttpResponse<String> unknown = viewer.get("/teams/" + team + "/assessments/1/trace?model=nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("model nope is not a model");
    }
}
