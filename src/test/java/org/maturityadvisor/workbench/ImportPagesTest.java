package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many teams imported from the browser through the API's importer: all or nothing, each problem at its line and
 * column, the outcome at a URL of its own with the form to try again; a template that imports once filled in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ImportPagesTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aBadRowImportsNothingAndIsShownAtItsLineAndColumnThenTheGoodRowsAreImported() {
        Pages assessor = Pages.as(port, "import-assessor", "assessor");
        assertThat(assessor.get("/teams").body()).contains("id=\"import-form\"", "href=\"/teams/import/template.csv\"");
        String suffix = String.valueOf(port);
        Path csv = file("teams.csv", "team,name,release.method,creation.data-pipeline\n"
                + "imp-a-" + suffix + ",Import A,scripted,yes\n"
                + "imp-b-" + suffix + ",Import B,carrier-pigeon,yes\n");

        HttpResponse<String> uploaded = assessor.upload("/teams/import", csv);
        assertThat(uploaded.statusCode()).as("the outcome has a URL: no form to resubmit").isEqualTo(302);
        String outcome = location(uploaded);
        HttpResponse<String> refused = assessor.get(outcome);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"import-refused\"", "nothing was imported", "data-line=\"3\"",
                "release.method", "carrier-pigeon", "1 row is invalid", "(<span>1 problem</span>)")
                .doesNotContain("row(s)", "problem(s)");
        assertThat(refused.body()).as("the form again, to try again").contains("id=\"retry-form\"",
                "action=\"/teams/import\"", "id=\"retry-file\"", "id=\"retry-skip-bad-rows\"");
        assertThat(assessor.get(outcome).body()).as("reloaded, the same outcome").contains("carrier-pigeon");
        assertThat(assessor.get("/teams").body()).doesNotContain("imp-a-" + suffix);

        HttpResponse<String> skipped = assessor.get(location(assessor.upload("/teams/import", csv,
                Map.of("skipBadRows", "true"))));
        assertThat(skipped.statusCode()).isEqualTo(200);
        assertThat(skipped.body()).contains("id=\"import-summary\"", "1 team</span> imported", "1 bad row skipped",
                "imp-a-" + suffix, "data-line=\"3\"").doesNotContain("id=\"retry-form\"");
        assertThat(assessor.get("/teams/imp-a-" + suffix).body()).contains("Import A", "import-assessor");
    }

    @Test
    void anUnknownColumnSuggestsTheClosestOne() {
        Pages assessor = Pages.as(port, "import-typo", "assessor");
        String page = assessor.get(location(assessor.upload("/teams/import", file("typo.csv",
                "team,relase.method\nimp-typo,manual\n")))).body();
        assertThat(page).contains("lists them); did you mean release.method?", "id=\"retry-form\"");
    }

    /**
     * The template lists every column the import reads (the practices in the catalog's order, as the API lists
     * them) and a help row; filled in with one team and imported as it is, help row and all, it registers that team.
     */
    @Test
    void theTemplateFilledInImportsWithItsHelpRowSkipped() {
        Pages assessor = Pages.as(port, "import-template", "assessor");
        HttpResponse<String> template = assessor.get("/teams/import/template.csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(template.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                "teams-template.csv");
        List<String> lines = template.body().lines().toList();
        JsonNode practices = JsonMapper.builder().build().readTree(new Api(port).get("/api/practices").body());
        List<String> columns = new ArrayList<>(List.of("team", "name", "group", "mlUseCases", "businessCritical",
                "inProduction"));
        JsonNode list = practices.isArray() ? practices : practices.get("practices");
        JsonNode contextFields = JsonMapper.builder().build().readTree(new Api(port).get("/api/context-fields").body());
        contextFields.forEach(field -> columns.add(field.get("name").asString()));
        list.forEach(practice -> columns.addAll(List.of(practice.get("id").asString(),
                practice.get("id").asString() + ".evidence")));
        assertThat(lines.get(0)).isEqualTo(String.join(",", columns));
        assertThat(lines.get(1)).matches("\"?# help row.*").contains("n/a: <reason>", "link | note");
        assertThat(lines).hasSize(2);

        String team = "tpl-" + port;
        List<String> cells = new ArrayList<>(List.of(team, "Template team", "", "2", "yes", "no"));
        contextFields.forEach(field -> cells.add(field.get("choices").get(0).asString()));
        list.forEach(practice -> cells.addAll(List.of(
                practice.get("choices").get(practice.get("choices").size() - 1).asString(),
                "https://wiki.example.com/" + practice.get("id").asString() + " | how we know")));
        Path filled = file("filled.csv", template.body() + String.join(",", cells) + "\n");
        HttpResponse<String> imported = assessor.get(location(assessor.upload("/teams/import", filled)));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("1 team</span> imported", team).doesNotContain("bad row");
        assertThat(assessor.get("/teams/" + team).body()).contains("Template team");
    }

    @Test
    void aViewerIsOfferedNoImportAndRefusedOne() {
        Pages viewer = Pages.as(port, "import-viewer", "viewer");
        assertThat(viewer.get("/teams").body()).doesNotContain("id=\"import-form\"");
        HttpResponse<String> refused = viewer.upload("/teams/import", file("x.csv", "team\nx\n"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requires role assessor");
        assertThat(viewer.get("/teams/import/template.csv").statusCode()).isEqualTo(403);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private Path file(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
