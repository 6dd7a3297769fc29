package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if panel over HTTP: it speaks in the catalog's words, opens from the page's address (a what-if, kept
 * plans), starts the shortest path at the team's target and ranks next steps with one practice's values merged. What
 * is expected is read from the API for the same answers, never from the shipped tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class WhatIfPagesTest {

    static final String PRACTICE = "creation.experiment-tracking";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A result page by its address, following the one redirect to its canonical address if there is one. */
    private HttpResponse<String> result(Pages pages, Map<String, String> fields) {
        HttpResponse<String> page = pages.get("/result?" + query(fields));
        if (page.statusCode() == 303) {
            page = pages.get(page.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        }
        return page;
    }

    private String question(String practice) {
        for (JsonNode p : json.readTree(new Api(port).get("/api/practices").body())) {
            if (p.path("id").asString().equals(practice)) {
                return p.path("question").asString();
            }
        }
        throw new AssertionError("no practice " + practice);
    }

    /** The next value of the practice above the sample team's answer. */
    private String better() {
        for (JsonNode p : json.readTree(new Api(port).get("/api/practices").body())) {
            if (p.path("id").asString().equals(PRACTICE)) {
                List<String> choices = new ArrayList<>();
                p.path("choices").forEach(choice -> choices.add(choice.asString()));
                String now = WorkbenchPagesTest.sampleTeam().get("a." + PRACTICE);
                return choices.get(Math.min(choices.indexOf(now) + 1, choices.size() - 1));
            }
        }
        throw new AssertionError("no practice " + PRACTICE);
    }

    private static String visibleText(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&rarr;", "→");
    }

    @Test
    void aWhatIfNamesThePracticeByItsQuestionAndEachCriterionByItsText() {
        Map<String, String> form = WorkbenchPagesTest.sampleTeam();
        form.put("w." + PRACTICE, better());
        HttpResponse<String> fragment = new Pages(port).post("/what-if", form);
        assertThat(fragment.statusCode()).isEqualTo(200);
        String text = visibleText(fragment.body());
        assertThat(text).contains(question(PRACTICE), "1 change").doesNotContain(PRACTICE).doesNotContain("(s)");
        Matcher criteria = Pattern.compile("data-criterion=\"([^\"]+)\">([^<]+)<").matcher(fragment.body());
        while (criteria.find()) {
            assertThat(criteria.group(2)).as("a criterion shown by its text").isNotBlank()
                    .isNotEqualTo(criteria.group(1));
            assertThat(text).doesNotContain(criteria.group(1));
        }
    }

    @Test
    void aResultOpenedWithWhatIfFieldsShowsTheirOutcomeAndResetsToItsAnswers() {
        Map<String, String> fields = WorkbenchPagesTest.sampleTeam();
        fields.put("w." + PRACTICE, better());
        HttpResponse<String> page = result(new Pages(port), fields);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"what-if-changes\"", "id=\"what-if-table\"",
                "<option value=\"" + better() + "\" selected=\"selected\">");
        assertThat(visibleText(page.body())).contains(question(PRACTICE));
        Matcher reset = Pattern.compile("id=\"what-if-reset\" class=\"[^\"]*\" href=\"([^\"]+)\"").matcher(page.body());
        assertThat(reset.find()).as("a reset link").isTrue();
        assertThat(reset.group(1)).startsWith("/result?").doesNotContain("w.");
    }

    @Test
    void aWhatIfFieldOutsideThePracticesChoicesIsRefusedNamingIt() {
        Map<String, String> fields = WorkbenchPagesTest.sampleTeam();
        fields.put("w.release.method", "carrier-pigeon");
        HttpResponse<String> page = result(new Pages(port), fields);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("w.release.method", "carrier-pigeon");
    }

    @Test
    void theShortestPathStartsAtTheTeamsTargetNotAtLevelTwo() {
        Map<String, String> team = WorkbenchPagesTest.sampleTeam();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("team", team.get("team"));
        body.put("context", Map.of("mlUseCases", 3, "businessCritical", false, "inProduction", true));
        Map<String, String> answers = new LinkedHashMap<>();
        team.forEach((name, value) -> {
            if (name.startsWith("a.")) {
                answers.put(name.substring(2), value);
            }
        });
        body.put("answers", answers);
        JsonNode assessed = json.readTree(new Api(port).postJson("/api/assessments", json.writeValueAsString(body)).body());
        HttpResponse<String> page = result(new Pages(port), team);
        JsonNode target = assessed.path("target");
        String model = target.isObject() ? target.path("model").asString() : assessed.path("models").get(0).path("model").asString();
        assertThat(page.body()).containsPattern("<option value=\"" + Pattern.quote(model) + "\"[^>]*selected=\"selected\"");
        if (target.isObject()) {
            assertThat(page.body()).contains("id=\"path-target\" name=\"target\"")
                    .containsPattern("id=\"path-target\"[^>]*value=\"" + target.path("target").asInt() + "\"");
        }
    }

    @Test
    void bestNextStepsListEachPracticeOnceWithTheTopThreeAsCards() {
        HttpResponse<String> fragment = new Pages(port).post("/what-if/impact", WorkbenchPagesTest.sampleTeam());
        assertThat(fragment.statusCode()).isEqualTo(200);
        String body = fragment.body();
        String top = body.contains("id=\"more-next-steps\"") ? body.substring(0, body.indexOf("id=\"more-next-steps\""))
                : body;
        assertThat(Pattern.compile("class=\"option-card\"").matcher(top.substring(Math.max(0,
                top.indexOf("id=\"next-steps\"")))).results().count()).isLessThanOrEqualTo(3);
        List<String> changes = Pattern.compile("data-kind=\"change\"[^>]*data-practice=\"([^\"]+)\"").matcher(body)
                .results().map(m -> m.group(1)).toList();
        assertThat(changes).as("one option per practice, its values merged").doesNotHaveDuplicates();
        assertThat(visibleText(body)).doesNotContain("(s)");
    }

    @Test
    void theKeptPlansOfAnUnstoredResultLiveInItsAddress() {
        Map<String, String> fields = WorkbenchPagesTest.sampleTeam();
        fields.put("plan", "track experiments\n" + PRACTICE + "=" + better());
        HttpResponse<String> page = result(new Pages(port), fields);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"plans-table\"", "<th scope=\"col\">track experiments</th>",
                "class=\"remove-plan\"");
        assertThat(visibleText(page.body())).contains(question(PRACTICE));
    }
}
