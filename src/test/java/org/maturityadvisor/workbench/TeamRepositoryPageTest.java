package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.ScanFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The team page's repository section over real HTTP, as a browser session sends its forms: an uploaded archive is
 * scanned and said back by its questions, a refused one shows the reason with nothing stored, a pipeline token is
 * shown once with the CI command line, a viewer sees the scan and no form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamRepositoryPageTest {

    private static final Path RULES = ScanFixture.rules();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDetectors(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", RULES::toString);
    }

    @Test
    void anUploadedArchiveIsScannedAndTheTeamPageSaysWhatWasObserved() {
        String team = team();
        Pages pages = Pages.admin(port);

        HttpResponse<String> uploaded = upload(pages, team, ScanFixture.zip(Map.of("repo/tests/test_model.py",
                "def test_accuracy():\n    assert True\n")));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/teams/" + team + "#repository");
        String page = pages.get("/teams/" + team).body();
        assertThat(page).contains("id=\"repository-done\"", "Observed 1 practice of 2 looked for in repo",
                "Stored as assessment #1");
        assertThat(page).contains("1 practice observed of 2 practices looked for", "tests/test_model.py:1");
        assertThat(page).doesNotContain(">integration.app-tests<");
        assertThat(new Api(port).get("/api/teams/" + team + "/observations").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedArchiveShowsTheReasonOnTheTeamPageAndStoresNothing() {
        String team = team();
        Pages pages = Pages.admin(port);

        HttpResponse<String> refused = upload(pages, team, ScanFixture.zip(Map.of("../outside/test_x.py",
                "def test_x():\n")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"repository-refused\"", "../outside/test_x.py", "Nothing was stored");
        assertThat(new Api(port).get("/api/teams/" + team + "/observations").statusCode()).isEqualTo(404);
        HttpResponse<String> notAnArchive = upload(pages, team, "just text".getBytes());
        assertThat(notAnArchive.statusCode()).isEqualTo(400);
    }

    @Test
    void aPipelineTokenIsShownOnceWithTheCommandLineThatPushes() {
        String team = team();
        Pages pages = Pages.admin(port);

        HttpResponse<String> issued = pages.post("/teams/" + team + "/tokens", Map.of("name", "ci-" + team,
                "days", "30"));

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = issued.body();
        assertThat(page).contains("id=\"new-pipeline-token-value\"", "mat_", "it is not shown again");
        assertThat(page).contains("maturity-advisor scan . --url http://127.0.0.1:" + port + " --team " + team
                + " --token &quot;$MATURITY_TOKEN&quot;");
        String again = pages.get("/teams/" + team).body();
        assertThat(again).doesNotContain("id=\"new-pipeline-token-value\"").contains("ci-" + team);

        HttpResponse<String> revoked = pages.post("/teams/" + team + "/tokens/ci-" + team + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(pages.get("/teams/" + team).body()).contains("was revoked").doesNotContain("<td>ci-" + team);
        HttpResponse<String> nameless = pages.post("/teams/" + team + "/tokens", Map.of("name", ""));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("id=\"pipeline-token-refused\"");
    }

    @Test
    void aViewerSeesTheScanButNoUploadNorTokens() {
        String team = team();
        new Api(port).post("/api/teams/" + team + "/observations", "application/zip",
                ScanFixture.zip(Map.of("test_a.py", "def test_a():\n")));

        String page = Pages.as(port, "viewer-" + team, "viewer").get("/teams/" + team).body();

        assertThat(page).contains("1 practice observed of 2 practices looked for");
        assertThat(page).doesNotContain("id=\"repository-upload\"", "id=\"pipeline-token-form\"");
    }

    private HttpResponse<String> upload(Pages pages, String team, byte[] archive) {
        String csrf = Pages.token(pages.get("/teams/" + team).body());
        return pages.send(ScanFixture.multipart(HttpRequest.newBuilder(URI.create(pages.url("/teams/" + team
                + "/observations"))).header("Accept", "text/html"), archive, "repo.zip", Map.of("_csrf", csrf)));
    }

    private String team() {
        String team = "page-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Api(port).postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Team " + team
                + "\"}").statusCode()).isEqualTo(201);
        return team;
    }
}
