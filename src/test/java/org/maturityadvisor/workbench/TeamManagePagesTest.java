package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.store.GroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team page's "Manage team" forms over real HTTP, as a browser posts them (CSRF token, redirect after each post):
 * rename, move, archive and restore for an assessor, delete for an admin after typing the id; each refusal is shown
 * beside its form naming the field, and what happened to the team is listed on its page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TeamManagePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    GroupStore groups;

    @Test
    void anAssessorRenamesMovesArchivesAndRestoresATeamAndItsPageSaysWhatHappened() {
        Pages pages = Pages.as(port, "manage-assessor", "assessor");
        String id = "manage-" + port;
        pages.post("/teams", Map.of("name", "Manage Me", "id", id));
        groups.create(new Group("retail-" + port, "Retail", null), "tester", OffsetDateTime.now(ZoneOffset.UTC));
        groups.create(new Group("pricing-" + port, "Pricing", "retail-" + port), "tester",
                OffsetDateTime.now(ZoneOffset.UTC));

        String before = pages.get("/teams/" + id).body();
        assertThat(before).contains("id=\"manage\"", "Manage team", "directly in the organisation",
                "Retail \u203a Pricing", "id=\"nothing-happened\"").doesNotContain("id=\"delete-team\"",
                "id=\"archived-banner\"");

        HttpResponse<String> renamed = pages.post("/teams/" + id + "/rename", Map.of("name", "Managed Team"));
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(renamed.headers().firstValue("Location")).hasValue(pages.url("/teams/" + id));
        assertThat(pages.get("/teams/" + id).body()).contains("<h1>Managed Team</h1>", "id=\"managed\"",
                "Renamed to \u201cManaged Team\u201d; its id stays " + id);

        assertThat(pages.post("/teams/" + id + "/move", Map.of("group", "pricing-" + port)).statusCode())
                .isEqualTo(302);
        assertThat(pages.get("/teams/" + id).body()).contains("sits <strong>in Retail \u203a Pricing</strong>");

        assertThat(pages.post("/teams/" + id + "/archive", Map.of()).statusCode()).isEqualTo(302);
        String archived = pages.get("/teams/" + id).body();
        assertThat(archived).contains("id=\"archived-banner\"", "Archived on ", "id=\"restore-top\"",
                "id=\"restore-form\"").doesNotContain("Assess again");
        HttpResponse<String> refused = pages.post("/store", withTeam(id));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("team " + id + " is archived; restore it first");

        assertThat(pages.post("/teams/" + id + "/restore", Map.of()).statusCode()).isEqualTo(302);
        String restored = pages.get("/teams/" + id).body();
        assertThat(restored).doesNotContain("id=\"archived-banner\"").contains("id=\"happened\"",
                "Restored a team", "Archived a team", "Moved a team", "from the organisation to Retail \u203a Pricing",
                "Renamed a team", "from \u201cManage Me\u201d to \u201cManaged Team\u201d", "manage-assessor");
    }

    @Test
    void aRefusalIsShownBesideItsFormNamingTheFieldAndChangesNothing() {
        Pages pages = Pages.as(port, "refused-assessor", "assessor");
        String id = "refused-" + port;
        pages.post("/teams", Map.of("name", "Stays", "id", id));

        HttpResponse<String> blank = pages.post("/teams/" + id + "/rename", Map.of("name", "  "));
        assertThat(blank.headers().firstValue("Location").orElse("")).endsWith("/teams/" + id + "#manage");
        String page = pages.get("/teams/" + id).body();
        assertThat(page).contains("id=\"manage-refused\"", "Not changed.", "name: required",
                "id=\"rename-name\" name=\"name\"", "aria-invalid=\"true\"", "<h1>Stays</h1>");

        pages.post("/teams/" + id + "/move", Map.of("group", "no-such-group"));
        assertThat(pages.get("/teams/" + id).body()).contains("group: no group &quot;no-such-group&quot;");
    }

    @Test
    void onlyAnAdminDeletesAndOnlyAfterTypingTheTeamsId() {
        Pages assessor = Pages.as(port, "delete-assessor", "assessor");
        String id = "doomed-" + port;
        assessor.post("/teams", Map.of("name", "Doomed", "id", id));
        assertThat(assessor.post("/teams/" + id + "/delete", Map.of("confirm", id)).statusCode()).isEqualTo(403);

        Pages admin = Pages.admin(port);
        assertThat(admin.get("/teams/" + id).body()).contains("id=\"delete-team\"", "Delete this team",
                "Type the team's id");
        admin.post("/teams/" + id + "/delete", Map.of("confirm", "doomed"));
        assertThat(admin.get("/teams/" + id).body()).contains("confirm: type the team&#39;s id (" + id + ")",
                "<details id=\"delete-team\" class=\"danger-zone\" open");

        HttpResponse<String> deleted = admin.post("/teams/" + id + "/delete", Map.of("confirm", id));
        assertThat(deleted.headers().firstValue("Location")).hasValue(admin.url("/teams"));
        assertThat(admin.get("/teams").body()).contains("Deleted team " + id + " (\u201cDoomed\u201d) with no"
                + " assessments, no scans, no plans, no pipeline tokens.");
        assertThat(admin.get("/teams/" + id).statusCode()).isEqualTo(404);
    }

    private static Map<String, String> withTeam(String id) {
        Map<String, String> form = WorkbenchPagesTest.sampleTeam();
        form.put("team", "");
        form.put("teamId", id);
        return form;
    }
}
