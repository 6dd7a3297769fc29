package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many teams imported from the browser through the API's importer: all or nothing, each problem at its line and column. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ImportPagesTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aBadRowImportsNothingAndIsShownAtItsLineAndColumnThenTheGoodRowsAreImported() {
        Pages assessor = Pages.as(port, "import-assessor", "assessor");
        assertThat(assessor.get("/teams").body()).contains("id=\"import-form\"");
        String suffix = String.valueOf(port);
        Path csv = file("teams.csv", "team,name,release.method,creation.data-pipeline\n"
                + "imp-a-" + suffix + ",Import A,scripted,yes\n"
                + "imp-b-" + suffix + ",Import B,carrier-pigeon,yes\n");

        HttpResponse<String> refused = assessor.upload("/teams/import", csv);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"import-refused\"", "nothing was imported", "data-line=\"3\"",
                "release.method", "carrier-pigeon");
        assertThat(assessor.get("/teams").body()).doesNotContain("imp-a-" + suffix);

        HttpResponse<String> skipped = assessor.upload("/teams/import", csv, Map.of("skipBadRows", "true"));
        assertThat(skipped.statusCode()).isEqualTo(200);
        assertThat(skipped.body()).contains("id=\"import-summary\"", "1 bad row(s) skipped", "imp-a-" + suffix,
                "data-line=\"3\"");
        assertThat(assessor.get("/teams/imp-a-" + suffix).body()).contains("Import A", "import-assessor");
    }

    @Test
    void aViewerIsOfferedNoImportAndRefusedOne() {
        Pages viewer = Pages.as(port, "import-viewer", "viewer");
        assertThat(viewer.get("/teams").body()).doesNotContain("id=\"import-form\"");
        HttpResponse<String> refused = viewer.upload("/teams/import", file("x.csv", "team\nx\n"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requires role assessor");
    }

    private Path file(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
