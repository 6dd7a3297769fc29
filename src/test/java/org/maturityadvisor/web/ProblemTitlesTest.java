package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * A 400's title names what was read: input that is not a team's answers is never titled "Invalid team input" (a
 * short password at {@code POST /api/users} once was; a bad query parameter, a team's registration and an over-long
 * reason or comment still were).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemTitlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aShortPasswordForANewUserIsAnInvalidUser() {
        assertThat(title(api().send("POST", "/api/users", "{\"name\": \"short-pw\", \"password\": \"short\", "
                + "\"role\": \"viewer\"}", SignIn.admin()))).isEqualTo("Invalid user");
    }

    @Test
    void anUnknownViewOfAnAssessmentIsAnInvalidRequestParameter() {
        assertThat(title(api().postJson("/api/assessments?view=pie", "{\"answers\": {}}")))
                .isEqualTo("Invalid request parameter");
    }

    @Test
    void aTeamWithoutANameIsAnInvalidTeamAsItsOtherRefusalsAre() {
        assertThat(title(api().postJson("/api/teams", "{\"name\": \"\"}"))).isEqualTo("Invalid team");
        assertThat(title(api().postJson("/api/teams", "{\"nam\": \"x\"}"))).isEqualTo("Invalid team");
    }

    @Test
    void anOverLongPublishReasonIsAnInvalidReason() {
        String reason = "r".repeat(2001);
        assertThat(title(api().postJson("/api/rulesets/1/publish", "{\"reason\": \"" + reason + "\"}")))
                .isEqualTo("Invalid reason");
    }

    private Api api() {
        return new Api(port);
    }

    private static String title(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("title").stringValue();
    }
}
