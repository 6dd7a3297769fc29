package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.ScanFixture;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The team page's repository section in a real browser: accessible, no horizontal scroll at 390 px, screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class TeamRepositoryBrowserTest {

    private static final Path RULES = ScanFixture.rules();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDetectors(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", RULES::toString);
    }

    @Test
    void theRepositorySectionShowsTheScanAsABarWithItsDataAndTheFormsForAnAssessor() throws Exception {
        Api api = new Api(port);
        String id = "repo-" + port;
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Payments ML\"}").statusCode())
                .isEqualTo(201);
        assertThat(api.postJson("/api/teams/" + id + "/assessments", "{\"answers\": {\"integration.automated-builds\":"
                + " \"yes\"}}").statusCode()).isEqualTo(201);
        assertThat(api.post("/api/teams/" + id + "/observations?ref=main", "application/zip", ScanFixture.zip(Map.of(
                "payments/tests/test_model.py", "def test_accuracy():\n    assert True\n"))).statusCode())
                .isEqualTo(201);

        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "repo-assessor", "assessor");
            browser.go("/login");
            browser.signIn("repo-assessor", SignIn.password("repo-assessor"));
            browser.go("/teams/" + id);
            assertThat(browser.byId("repository-words").getText()).contains("1 practice observed of 2 practices");
            assertThat(browser.byId("repository-observed").getText()).contains("tests/test_model.py:1");
            assertThat(browser.byId("ci-command").getText()).contains("--team " + id);
            browser.byId("repository").getLocation();
            browser.assertAccessible();
            browser.screenshot("team-repository-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("team-repository-390");
            browser.width(1280);
        }
    }
}
