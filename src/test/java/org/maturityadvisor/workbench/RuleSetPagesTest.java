package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The rule-set pages over real HTTP: a broken draft pointed at its cell (at a URL of its own), a fixed one gated,
 * previewed, compared with its rows and columns named, published and rolled back; a draft whose gate fails offered to
 * each role exactly as the lifecycle would let it through; the audit log in sentences.
 */
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
        HttpResponse<String> uploaded = upload(pages, broken.directory().resolve(RulesFixture.TABLE));
        assertThat(uploaded.statusCode()).as("a refused draft redirects to its report: no form to resubmit")
                .isEqualTo(302);
        String reportUrl = location(uploaded);
        assertThat(reportUrl).startsWith("/rulesets/refused/");
        HttpResponse<String> refused = pages.get(reportUrl);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Draft refused", "cell " + cell, "creation.data-pipline",
                        "did you mean creation.data-pipeline?", "Invalid: 1 problem;", "(Practice) marked")
                .containsPattern("data-cell=\"" + cell + "\"\\s+aria-current=\"true\"[^>]*class=\"marked\"")
                .doesNotContain("problem(s)");
        assertThat(pages.get(reportUrl).body()).as("reloaded, the same report").contains("cell " + cell);
        assertThat(Pages.admin(port).get(reportUrl).statusCode()).as("kept for the uploading session only")
                .isEqualTo(404);

        RulesFixture fixed = RulesFixture.copyOfShipped(temp.resolve("fixed"));
        String edited = "H" + fixed.rowOf("ms-data-pipeline");
        fixed.setCell(edited, "Land training data in one known, versioned place.");
        HttpResponse<String> kept = upload(pages, fixed.directory().resolve(RulesFixture.TABLE));
        assertThat(kept.statusCode()).isEqualTo(302);
        String seq = seqOf(location(kept));
        String page = pages.get("/rulesets/" + seq).body();
        assertThat(page).contains("id=\"gate-summary\"", "scenarios pass", "id=\"impact-summary\"", "id=\"publish-form\"")
                .doesNotContain("id=\"publish-refused\"", "name=\"force\"");

        String compared = pages.get("/rulesets/compare?from=1&to=" + seq).body();
        assertThat(compared).contains("id=\"changed-cells\"", RulesFixture.TABLE, "1 file differs: 1 cell or line changed.",
                        "Land training data in one known, versioned place.", "table Criteria, cell " + edited,
                        "<code>ms-data-pipeline</code>", "Does a data pipeline gather the training data automatically?",
                        "<td class=\"changed-column\">Remediation</td>")
                .containsPattern("data-cell=\"" + edited + "\"");

        HttpResponse<String> published = pages.post("/rulesets/" + seq + "/publish", Map.of("reason", "wording"));
        assertThat(published.statusCode()).isEqualTo(302);
        String after = pages.get("/rulesets").body();
        assertThat(after).containsPattern("<a href=\"/rulesets/" + seq + "\">" + seq + "</a></td>\\s*<td><code>[^<]+</code>"
                + " <strong class=\"badge met\">active</strong>");
        assertThat(pages.get("/rulesets/compare").body()).as("by default: the active version against the one before")
                .contains("Rule set #<span>1</span> against #<span>" + seq + "</span>", "ms-data-pipeline");
        assertThat(pages.get("/rulesets/" + seq).body()).contains("id=\"rollback-form\"")
                .doesNotContain("id=\"publish-form\"");
        Pages admin = Pages.admin(port);
        String audit = admin.get("/rulesets/audit").body();
        assertThat(audit).contains("wording", "pages-analyst", "Published <a href=\"/rulesets/" + seq + "\">version #"
                        + seq + "</a>: ", "scenarios passed.", "Uploaded a draft that was refused and not kept",
                        "1 problem; the first: " + RulesFixture.TABLE + ", sheet", "cell " + cell + ": Practice")
                .doesNotContain("Finding[", "gate: ", "problem(s)");

        assertThat(pages.post("/rulesets/" + seq + "/rollback", Map.of("reason", "undo")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/rulesets/audit").body()).contains("Rolled back to <a href=\"/rulesets/1\">version #1</a>",
                "undo");
    }

    /**
     * A draft whose scenarios fail: the analyst is offered no enabled Publish but told why, and the lifecycle indeed
     * refuses the analyst's publish, forced or not; the admin is offered a forced publish with a required reason,
     * which goes through. The compare form then still starts at the active version against the one before it.
     */
    @Test
    void aDraftWhoseGateFailsIsOfferedToEachRoleExactlyAsThePublishWouldGo() {
        Pages analyst = Pages.as(port, "gate-analyst", "analyst");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("gate"));
        rules.setCell("C" + rules.rowOf("ms-managed-compute"), "1");
        String seq = seqOf(location(upload(analyst, rules.directory().resolve(RulesFixture.TABLE))));

        String offered = analyst.get("/rulesets/" + seq).body();
        assertThat(offered).contains("id=\"publish-refused\"", "You cannot publish this version: the scenario gate is "
                + "closed for version " + seq).containsPattern("<button type=\"button\" id=\"publish\" disabled")
                .doesNotContain("id=\"publish-form\"", "scenario(s)");
        assertThat(refusalAfter(analyst, analyst.post("/rulesets/" + seq + "/publish", Map.of("reason", "try"))))
                .contains("the scenario gate is closed");
        assertThat(refusalAfter(analyst, analyst.post("/rulesets/" + seq + "/publish", Map.of("reason", "try",
                "force", "true")))).contains("requires role admin");

        Pages admin = Pages.admin(port);
        String forced = admin.get("/rulesets/" + seq).body();
        assertThat(forced).contains("id=\"publish-form\"", "<input type=\"hidden\" name=\"force\" value=\"true\">",
                "Force publish past the failing scenarios").containsPattern("id=\"publish-reason\"[^>]*required")
                .doesNotContain("id=\"publish-refused\"");
        assertThat(refusalAfter(admin, admin.post("/rulesets/" + seq + "/publish", Map.of("force", "true"))))
                .as("the reason the form requires, the lifecycle requires too").contains("needs a reason");
        HttpResponse<String> published = admin.post("/rulesets/" + seq + "/publish", Map.of("force", "true",
                "reason", "scenario out of date"));
        assertThat(admin.get(location(published)).body()).contains("is now active");

        assertThat(analyst.get("/rulesets/" + seq).body()).as("rolling back to #1, whose gate is open: the analyst's")
                .contains("id=\"rollback-form\"").doesNotContain("id=\"rollback-refused\"");
        RulesFixture other = RulesFixture.copyOfShipped(temp.resolve("other"));
        other.setCell("H" + other.rowOf("ms-ab-testing"), "Another wording.");
        upload(analyst, other.directory().resolve(RulesFixture.TABLE));
        String versions = analyst.get("/rulesets").body();
        assertThat(versions).as("compare starts at the active version and the one before it, not the newest draft")
                .containsPattern("<option value=\"1\"\\s+selected=\"selected\">#1 \\(published\\)</option>")
                .containsPattern("id=\"compare-to\" name=\"to\">(?s).*<option value=\"" + seq
                        + "\"\\s+selected=\"selected\">#" + seq + " \\(active\\)</option>");
    }

    private static String refusalAfter(Pages pages, HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String page = pages.get(location(response)).body();
        Matcher refusal = Pattern.compile("id=\"refusal\">([^<]*)<").matcher(page);
        assertThat(refusal.find()).as("a refusal is shown").isTrue();
        return refusal.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String seqOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> upload(Pages pages, Path table) {
        return pages.upload("/rulesets/drafts", table);
    }
}
