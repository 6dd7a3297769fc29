package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The rule-set pages over real HTTP: a broken draft pointed at its cell, a fixed one gated, previewed, published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RuleSetPagesTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aBrokenCellIsShownInItsSheetAndTheFixIsPublishedAndRolledBack() {
        Pages pages = Pages.as(port, "pages-analyst", "analyst");
        RulesFixture broken = RulesFixture.copyOfShipped(temp.resolve("broken"));
        String cell = "F" + broken.rowOf("ms-data-pipeline");
        broken.setCell(cell, "creation.data-pipline");
        HttpResponse<String> refused = upload(pages, broken.directory().resolve(RulesFixture.TABLE));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Draft refused", "cell " + cell, "creation.data-pipline")
                .containsPattern("data-cell=\"" + cell + "\"\\s+aria-current=\"true\"[^>]*class=\"marked\"");

        RulesFixture fixed = RulesFixture.copyOfShipped(temp.resolve("fixed"));
        String edited = "H" + fixed.rowOf("ms-data-pipeline");
        fixed.setCell(edited, "Land training data in one known, versioned place.");
        HttpResponse<String> kept = upload(pages, fixed.directory().resolve(RulesFixture.TABLE));
        assertThat(kept.statusCode()).isEqualTo(302);
        String report = kept.headers().firstValue("Location").orElseThrow();
        String seq = report.substring(report.lastIndexOf('/') + 1);
        String page = pages.get("/rulesets/" + seq).body();
        assertThat(page).contains("id=\"gate-summary\"", "scenarios pass", "id=\"impact-summary\"", "id=\"publish-form\"");

        String compared = pages.get("/rulesets/compare?from=1&to=" + seq).body();
        assertThat(compared).contains("id=\"changed-cells\"", RulesFixture.TABLE, "1 file(s) differ, 1 cell(s)",
                "Land training data in one known, versioned place.").containsPattern("data-cell=\"" + edited + "\"");

        HttpResponse<String> published = pages.post("/rulesets/" + seq + "/publish", Map.of("reason", "wording"));
        assertThat(published.statusCode()).isEqualTo(302);
        String after = pages.get("/rulesets").body();
        assertThat(after).containsPattern("<a href=\"/rulesets/" + seq + "\">" + seq + "</a></td>\\s*<td><code>[^<]+</code>"
                + " <strong class=\"badge met\">active</strong>");
        Pages admin = Pages.admin(port);
        assertThat(admin.get("/rulesets/audit").body()).contains("publish", "wording", "pages-analyst");

        assertThat(pages.post("/rulesets/" + seq + "/rollback", Map.of("reason", "undo")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/rulesets/audit").body()).contains("rollback", "undo");
    }

    private static HttpResponse<String> upload(Pages pages, Path table) {
        return pages.upload("/rulesets/drafts", table);
    }
}
