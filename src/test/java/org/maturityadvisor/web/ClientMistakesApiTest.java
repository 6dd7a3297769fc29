package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.Multipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Client mistakes that used to be 500s, or silently accepted, are precise 4xx; none logs an ERROR. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEAM = "{\"team\": \"x\", \"answers\": {\"release.method\": \"manual\"}}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    @Autowired
    RuleSetStore versions;

    @Autowired
    ActiveRuleSet active;

    @TempDir
    Path temp;

    Api api() {
        return new Api(port);
    }

    @Test
    void aProblemsTitleSaysWhatFailed() {
        assertThat(title(api().postJson("/api/assessments", "{\"answers\": {\"release.methd\": \"x\"}}")))
                .isEqualTo("Invalid team input");
        assertThat(title(api().postJson("/api/simulations", "{\"answers\": {}, \"changes\": 5}")))
                .isEqualTo("Invalid simulation");
        assertThat(title(api().postJson("/api/simulations", "not json"))).isEqualTo("Invalid simulation");
        assertThat(title(api().get("/api/teams?limit=0"))).isEqualTo("Invalid paging parameter");
    }

    @Test
    void anAssessmentWithoutATeamIsTheUnnamedTeam() {
        HttpResponse<String> response = api().postJson("/api/assessments", "{\"answers\": {}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("team").stringValue()).isEqualTo("unnamed team");
    }

    private static String title(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("title").stringValue();
    }

    @Test
    void theErrorPageAskedForDirectlyIsARefusalNotA500WithStatus999(CapturedOutput log) {
        HttpResponse<String> response = api().get("/error");

        // no access rule lists /error, so deny by default refuses it to every caller, as a problem+json
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("status").intValue()).isEqualTo(403);
        assertThat(api().postJson("/error", "{}").statusCode()).isEqualTo(403);
        assertThat(log.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void explainingAnAssessmentWhoseVersionNoLongerLoadsIsA409NamingTheProblem(CapturedOutput log) {
        String team = "explain-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Explain\"}").statusCode())
                .isEqualTo(201);
        assertThat(api().postJson("/api/teams/" + team + "/assessments", "{\"answers\": {}}").statusCode())
                .isEqualTo(201);
        String broken = "sha256:broken" + UUID.randomUUID().toString().substring(0, 8);
        versions.record(broken, RuleSetArchive.pack(withBrokenCatalog(active.current().files())), "test",
                "a version this build no longer loads", VersionOrigin.DRAFT, OffsetDateTime.now());
        database.update("update assessment set ruleset_version = ? where team_id = ?", broken, team);

        HttpResponse<String> response = api().get("/api/teams/" + team + "/assessments/1/explain");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).stringValue()).contains("practices.csv");
        assertThat(log.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void anUnknownTeamOrAssessmentIsA404() {
        assertThat(api().get("/api/teams/nobody-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/rulesets/999999/report").statusCode()).isEqualTo(404);
        assertThat(api().get("/api/rulesets/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftPracticesCsvWithAnUnbalancedQuoteIsA422NamingTheLine(CapturedOutput log) throws Exception {
        Path csv = temp.resolve("practices.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("rules/practices.csv")));
        lines.set(2, lines.get(2).replaceFirst(",", ",\""));
        Files.write(csv, lines);

        HttpResponse<String> response = api().send(Multipart.upload(api().request("/api/rulesets/drafts"), csv));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode finding = JSON.readTree(response.body()).get("findings").get(0);
        assertThat(finding.get("file").stringValue()).isEqualTo("practices.csv");
        assertThat(finding.get("row").intValue()).isEqualTo(3);
        assertThat(finding.get("message").stringValue()).contains("not valid CSV");
        assertThat(log.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void trailingContentAfterAJsonDocumentIsRefusedEverywhere() {
        assertThat(api().postJson("/api/assessments", TEAM + " " + TEAM).statusCode()).isEqualTo(400);
        assertThat(api().postJson("/api/simulations/impact", TEAM + " x").statusCode()).isEqualTo(400);
        assertThat(api().postJson("/api/teams", "{\"name\": \"a\"} {\"name\": \"b\"}").statusCode()).isEqualTo(400);
        assertThat(api().postJson("/api/rulesets/1/publish", "{} {\"force\": true}").statusCode()).isEqualTo(400);
        String first = "trail-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = api().post("/api/imports", "application/json",
                "{\"teams\": [{\"id\": \"" + first + "\"}]}\n{\"teams\": [{\"id\": \"second\"}]}");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        assertThat(JSON.readTree(imported.body()).get("errors").get(0).get("line").intValue()).isEqualTo(2);
        assertThat(api().get("/api/teams/" + first).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidUtf8InACsvImportIsRefusedNamingTheLineAndByteOffset() {
        String team = "utf8-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] head = ("team,name\n" + team + ",Caf").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9; // Latin-1 é: not UTF-8
        body[head.length + 1] = '\n';

        HttpResponse<String> response = api().post("/api/imports", "text/csv", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("line").intValue()).isEqualTo(2);
        assertThat(error.get("field").stringValue()).isEqualTo("line 2, byte " + head.length);
        assertThat(api().get("/api/teams/" + team).statusCode()).isEqualTo(404);
        assertThat(api().post("/api/imports", "text/csv; charset=ISO-8859-1", body).statusCode()).isEqualTo(201);
    }

    private static List<RuleFile> withBrokenCatalog(List<RuleFile> files) {
        return files.stream().map(file -> file.name().equals("practices.csv")
                ? new RuleFile(file.name(), "not,the,header\n".getBytes(StandardCharsets.UTF_8)) : file).toList();
    }
}
