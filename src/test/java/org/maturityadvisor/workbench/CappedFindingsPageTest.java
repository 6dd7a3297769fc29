package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused draft with more findings than the page lists says how many it left out, and counts them in its verdict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "maturity.limits.errors=2"})
class CappedFindingsPageTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aRefusedDraftSaysHowManyFindingsItLeftOut() {
        Pages pages = Pages.as(port, "capped-analyst", "analyst");
        RulesFixture broken = RulesFixture.copyOfShipped(temp.resolve("broken"));
        for (String criterion : new String[] {"ms-data-pipeline", "ms-managed-compute", "ms-experiment-tracking"}) {
            broken.setCell("F" + broken.rowOf(criterion), "no.such-practice");
        }

        HttpResponse<String> uploaded = pages.upload("/rulesets/drafts", broken.directory().resolve(RulesFixture.TABLE));
        assertThat(uploaded.statusCode()).as("to the refused draft's own page").isEqualTo(302);
        HttpResponse<String> refused = pages.get(uploaded.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).containsPattern("Invalid: 2 problems listed and [1-9][0-9]* more findings?"
                        + " left out; the draft was not kept.")
                .contains("id=\"findings-left-out\"", "Only the first 2 findings are listed (maturity.limits.errors)");
    }
}
