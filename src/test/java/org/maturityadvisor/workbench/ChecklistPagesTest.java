package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.ChecklistTable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A checklist model through the real engine and the real pages (a small checklist table of the test's own: two
 * required sections, Docs and Serving, one extra, Extras): the result leads with the verdict and the extras' progress
 * beside it, one bar per section with its role in words, required first, and every section's unmet statements one
 * click away; the models page lists the sections with their statements, never a ladder of levels 0-1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ChecklistPagesTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        try {
            var rules = ChecklistTable.into(Files.createTempDirectory("checklist-pages").resolve("rules"));
            registry.add("maturity.rules-dir", () -> rules.directory().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An online team: Docs 1 of 2 (the API docs answered no), Serving 1 of 2 (canary unanswered), Extras 1 of 2. */
    static Map<String, String> notComplete() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team", "Checklist team");
        form.put("c." + ChecklistTable.SERVING, "online");
        form.put("a.chk.readme", "yes");
        form.put("a.chk.api-docs", "no");
        form.put("a.chk.latency", "yes");
        form.put("a.chk.dashboard", "yes");
        return form;
    }

    @Test
    void theResultLeadsWithTheVerdictAndTheExtrasBesideItThenOneBarPerSectionRequiredFirst() {
        HttpResponse<String> result = WorkbenchPagesTest.result(new Pages(port), notComplete());
        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        String page = result.body();

        String chip = between(page, "data-model=\"check\"", "</li>");
        assertThat(chip).contains("Small checklist", "Not complete")
                .doesNotContain("level 0");
        String card = between(page, "id=\"card-check\"", "</article>");
        assertThat(card).contains("Not complete: 0 of 2 required sections complete",
                "Extra section: 1 of 2 statements met, 0 of 1 section complete",
                "Next: 2 required statements to meet (1 unknown) in 2 sections");
        assertThat(card).doesNotContain("class=\"ladder\"");
        assertThat(card.indexOf("data-section=\"Docs\"")).isLessThan(card.indexOf("data-section=\"Serving\""))
                .isLessThan(card.indexOf("data-section=\"Extras\""));
        assertThat(between(card, "data-section=\"Docs\"", "</tr>")).contains("data-role=\"required\"",
                "data-met=\"1\"", "data-applicable=\"2\"", ">required<", "1 of 2 met, 1 unmet");
        assertThat(between(card, "data-section=\"Extras\"", "</tr>")).contains(">extra<", "1 of 2 met, 1 unmet");
    }

    @Test
    void everySectionsUnmetStatementsAreOneClickAwayUnknownApartFromAbsent() {
        String page = WorkbenchPagesTest.result(new Pages(port), notComplete()).body();

        String why = between(page, "id=\"model-check\"", "</details>");
        assertThat(why).contains("Why Small checklist: Not complete: 0 of 2 required sections complete");
        String docs = between(why, "data-section=\"Docs\" data-role=\"required\"", "</table>");
        assertThat(docs).contains("1 statement unmet, keeping the verdict back", "Is the API documented?",
                "answered, below what is required", "Document it.", "medium");
        String serving = between(why, "data-section=\"Serving\" data-role=\"required\"", "</table>");
        assertThat(serving).contains("Are releases canaried?", "unknown: not answered", "unanswered", "large");
        String extras = between(why, "data-section=\"Extras\" data-role=\"extra\"", "</table>");
        assertThat(extras).contains("1 statement unmet, not keeping the verdict back", "Do drift alerts page someone?");
        assertThat(why).contains("3 statements met").doesNotContain("Why not level");
        assertThat(between(page, "id=\"rests-on-bars\"", "</figure>"))
                .as("a checklist rests on every statement it meets, not on a level")
                .contains("3 statements met: 3 claimed");
    }

    @Test
    void aCompleteChecklistSaysSoAndStillShowsTheExtrasProgress() {
        Map<String, String> form = notComplete();
        form.put("c." + ChecklistTable.SERVING, "offline");
        form.put("a.chk.api-docs", "yes");
        String page = WorkbenchPagesTest.result(new Pages(port), form).body();

        String card = between(page, "id=\"card-check\"", "</article>");
        assertThat(card).contains("verdict-complete", ">Complete<", "Every required section complete.",
                "Extra section: 1 of 2 statements met, 0 of 1 section complete",
                "none of its 2 statements apply: complete");
    }

    @Test
    void theModelsPageListsTheSectionsWithTheirRolesAndStatements() {
        HttpResponse<String> models = Pages.admin(port).get("/models");
        assertThat(models.statusCode()).isEqualTo(200);
        String section = between(models.body(), "id=\"m-check\"", "</section>");
        assertThat(section).contains("Checklist: complete when every statement", "2 required, 1 extra",
                "data-section=\"Serving\"", "2 statements, each needed for the verdict",
                "2 statements, beyond the verdict", "Are releases canaried?")
                .doesNotContain("Criteria of level");
    }

    @Test
    void aStoredTeamReadsNotCompleteInTheHeatMapItsHistoryAndItsResultJsonCarriesTheSections() {
        org.maturityadvisor.testing.Api api = new org.maturityadvisor.testing.Api(port);
        String id = "checklist-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> stored = api.postJson("/api/teams/" + id + "/assessments", "{\"context\": {\""
                + ChecklistTable.SERVING + "\": \"online\"}, \"answers\": {\"chk.readme\": true, "
                + "\"chk.api-docs\": false}}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(stored.body()).contains("\"kind\":\"checklist\"", "\"sections\":[{\"section\":\"Docs\","
                + "\"role\":\"required\",\"met\":1,\"applicable\":2,\"total\":2,\"complete\":false");

        Pages admin = Pages.admin(port);
        String heat = between(admin.get("/portfolio").body(), "data-team=\"" + id + "\"", "</tr>");
        assertThat(heat).contains("checklist-cell", "data-model=\"check\" data-level=\"0\" data-shade=\"0\">not complete",
                "title=\"Small checklist: Not complete\"");
        String team = admin.get("/teams/" + id).body();
        assertThat(between(team, "data-model=\"check\"", "</figcaption>")).contains("now not complete (Not complete)");
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
