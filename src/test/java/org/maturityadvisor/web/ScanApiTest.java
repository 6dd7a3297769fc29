package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.ScanFixture;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.scan.ArchiveTree;
import org.maturityadvisor.scan.ScanLimits;
import org.maturityadvisor.scan.Scanner;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/scan} over real HTTP: an archive in (raw body or multipart {@code archive}), the scan report out
 * exactly as the engine reads the same archive under the active rule set, nothing stored; a hostile archive is a 400
 * naming the entry, an oversize one a 413 naming the setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "maturity.scan.max-archive-bytes=65536"})
class ScanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ActiveRuleSet ruleSet;

    @Autowired
    JsonMapper json;

    static Map<String, String> repository() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tests/test_model.py", "def test_accuracy():\n    assert True\n");
        files.put("train.py", "import mlflow\nmlflow.log_metric('auc', 0.9)\n");
        files.put("Dockerfile", "FROM python:3.12-slim\n");
        files.put("node_modules/pkg/test_vendored.py", "def test_x():\n");
        return files;
    }

    @Test
    void aRawArchiveAndAMultipartOneAnswerWithTheEnginesReportInTheContractShape() throws Exception {
        byte[] archive = ScanFixture.zip(repository());
        LoadedRuleSet rules = ruleSet.current();
        JsonNode expected = json.readTree(json.writeValueAsString(new Scanner(rules.detectors(), rules.version())
                .scan(ArchiveTree.of(archive, "repo.zip"), ScanLimits.DEFAULTS)));

        HttpResponse<String> raw = send(new Api(port).request("/api/scan?name=repo.zip")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
        HttpResponse<String> form = multipart(archive, "repo.zip");

        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
        JsonNode report = json.readTree(raw.body());
        assertThat(report).isEqualTo(expected);
        assertThat(json.readTree(form.body())).as(form.body()).isEqualTo(expected);
        assertThat(report.propertyNames()).containsExactlyInAnyOrder("tree", "rulesetVersion", "observations",
                "notFound", "filesSeen", "filesRead", "skipped");
        assertThat(report.get("tree").asString()).as("the upload's name names the tree").startsWith("repo");
        assertThat(report.get("rulesetVersion").asString()).isEqualTo(rules.version());
        assertThat(report.at("/skipped/vendored/count").asInt()).as("wire ids as the map's keys").isEqualTo(1);
        if (!report.get("observations").isEmpty()) {
            assertThat(report.at("/observations/0/sightings/0").propertyNames())
                    .containsExactlyInAnyOrder("detector", "path", "line", "text");
        }
    }

    @Test
    void aHostileArchiveIsRefusedNamingTheEntryAndAnOversizeOneNamingTheSetting() {
        HttpResponse<String> slip = send(new Api(port).request("/api/scan").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ScanFixture.zip(Map.of("../evil.py", "def test_x():\n")))));
        assertThat(slip.statusCode()).as(slip.body()).isEqualTo(400);
        assertThat(json.readTree(slip.body()).at("/errors/0/field").asString()).contains("archive")
                .contains("../evil.py");

        HttpResponse<String> text = send(new Api(port).request("/api/scan").header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofString("not an archive")));
        assertThat(text.statusCode()).as(text.body()).isEqualTo(400);
        assertThat(json.readTree(text.body()).at("/errors/0/field").asString()).isEqualTo("archive");

        byte[] large = new byte[70_000];
        new java.util.Random(7).nextBytes(large);
        HttpResponse<String> raw = send(new Api(port).request("/api/scan").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        HttpResponse<String> form = multipart(large, "large.zip");
        for (HttpResponse<String> tooLarge : java.util.List.of(raw, form)) {
            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
            assertThat(json.readTree(tooLarge.body()).get("limit").asString())
                    .isEqualTo("maturity.scan.max-archive-bytes");
        }
    }

    private HttpResponse<String> multipart(byte[] archive, String name) {
        String boundary = "----scan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"" + name
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(archive);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(new Api(port).request("/api/scan").header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return new Api(port).send(request);
    }
}
