package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users managed by an admin, one's own password, personal API tokens and the sign-in throttle, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maturity.security.lockout.max-failures=3")
class AccountsAndTokensTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminAddsChangesDisablesAndDeletesUsers() throws Exception {
        HttpResponse<String> created = send("POST", "/api/users", "{\"name\": \"dora\", \"password\": \""
                + SignIn.password("dora") + "\", \"role\": \"viewer\"}", SignIn.admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"role\":\"viewer\"").doesNotContain("password");
        assertThat(send("POST", "/api/users", "{\"name\": \"Bad Name\", \"password\": \"short\", \"role\": \"boss\"}",
                SignIn.admin()).body()).contains("\"field\":\"name\"", "\"field\":\"password\"", "\"field\":\"role\"");
        assertThat(send("GET", "/api/users", null, SignIn.admin()).body()).contains("\"name\":\"dora\"");
        assertThat(send("GET", "/api/teams", null, SignIn.as("dora")).statusCode()).isEqualTo(200);

        assertThat(send("PATCH", "/api/users/dora", "{\"role\": \"assessor\"}", SignIn.admin()).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/me", null, SignIn.as("dora")).body()).contains("\"role\":\"assessor\"");
        assertThat(send("PATCH", "/api/users/dora", "{\"disabled\": true}", SignIn.admin()).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/teams", null, SignIn.as("dora")).statusCode()).isEqualTo(401);
        assertThat(send("PATCH", "/api/users/admin", "{\"role\": \"viewer\"}", SignIn.admin()).body())
                .contains("at least one enabled admin must remain");
        assertThat(send("DELETE", "/api/users/dora", null, SignIn.admin()).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/users", null, SignIn.admin()).body()).doesNotContain("dora");
        assertThat(audit()).contains("user-created", "user-changed", "user-deleted");
    }

    @Test
    void refusedUserAndTokenInputIsTitledForWhatWasRead() throws Exception {
        String[][] cases = {
                {"POST", "/api/users", "{\"name\": \"Bad Name\", \"password\": \"short\", \"role\": \"boss\"}",
                        "Invalid user"},
                {"PATCH", "/api/users/admin", "{\"role\": \"boss\"}", "Invalid user"},
                {"POST", "/api/tokens", "{\"name\": \"Bad Name\", \"expiresInDays\": 0}", "Invalid API token request"},
                {"PUT", "/api/users/me/password", "{\"currentPassword\": \"wrong\", \"password\": \"x\"}",
                        "Invalid password"}};
        for (String[] refused : cases) {
            HttpResponse<String> response = send(refused[0], refused[1], refused[2], SignIn.admin());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("title").stringValue()).as(refused[0] + " " + refused[1])
                    .isEqualTo(refused[3]);
        }
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        SignIn.createUser(base(), "pia", "viewer");
        assertThat(send("PUT", "/api/users/me/password", "{\"currentPassword\": \"wrong\", \"password\": "
                + "\"a-brand-new-password\"}", SignIn.as("pia")).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/users/me/password", "{\"currentPassword\": \"" + SignIn.password("pia")
                + "\", \"password\": \"a-brand-new-password\"}", SignIn.as("pia")).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/me", null, SignIn.as("pia")).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/me", null, SignIn.basic("pia", "a-brand-new-password")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenActsForItsOwnerAtMostWithTheirRoleAndStopsWhenRevoked() throws Exception {
        String owner = SignIn.createUser(base(), "tess", "analyst");
        assertThat(send("POST", "/api/tokens", "{\"name\": \"tess-too-high\", \"role\": \"admin\"}", owner)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> created = send("POST", "/api/tokens", "{\"name\": \"tess-ci\", \"role\": \"assessor\","
                + " \"expiresInDays\": 30}", owner);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(created.body());
        String bearer = "Bearer " + token.get("token").stringValue();
        assertThat(token.get("token").stringValue()).startsWith("mat_");
        assertThat(jdbc.sql("select token_hash from api_token where name = 'tess-ci'").query(String.class).single())
                .isNotEqualTo(token.get("token").stringValue()).hasSize(64);

        assertThat(send("GET", "/api/me", null, bearer).body()).contains("\"name\":\"token:tess-ci\"",
                "\"role\":\"assessor\"", "\"signedInWith\":\"token\"");
        assertThat(send("POST", "/api/rulesets/1/publish", "{}", bearer).statusCode()).isEqualTo(403);
        HttpResponse<String> team = send("POST", "/api/teams", "{\"name\": \"Token Team\"}", bearer);
        assertThat(team.body()).contains("\"createdBy\":\"token:tess-ci\"");
        assertThat(send("POST", "/api/tokens", "{\"name\": \"minted\"}", bearer).statusCode()).isEqualTo(403);
        JsonNode listed = JSON.readTree(send("GET", "/api/tokens", null, owner).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(token.get("token").stringValue());

        assertThat(send("PATCH", "/api/users/tess", "{\"role\": \"viewer\"}", SignIn.admin()).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/me", null, bearer).body()).as("demoting the owner demotes the token")
                .contains("\"role\":\"viewer\"");
        assertThat(send("DELETE", "/api/tokens/" + token.get("id").longValue(), null, SignIn.as("tess"))
                .statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = send("GET", "/api/me", null, bearer);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("GET", "/api/me", null, "Bearer not-a-token").statusCode()).isEqualTo(401);
        assertThat(audit()).contains("token-created", "token-revoked");
    }

    @Test
    void repeatedWrongPasswordsLockTheUserAndAreAudited() throws Exception {
        SignIn.createUser(base(), "gus", "viewer");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(send("GET", "/api/me", null, SignIn.basic("gus", "guess-" + attempt)).statusCode())
                    .isEqualTo(401);
        }
        assertThat(send("GET", "/api/me", null, SignIn.as("gus")).statusCode()).as("locked, even with the password")
                .isEqualTo(401);
        String audit = audit();
        assertThat(audit).contains("\"actor\":\"gus\",\"action\":\"sign-in-failed\"",
                "\"actor\":\"gus\",\"action\":\"user-locked\"", "\"actor\":\"gus\",\"action\":\"sign-in-refused\"");

        assertThat(send("PATCH", "/api/users/gus", "{\"password\": \"" + SignIn.password("gus") + "\"}",
                SignIn.admin()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/me", null, SignIn.as("gus")).statusCode()).as("a reset lifts the lock")
                .isEqualTo(200);
    }

    private String audit() throws Exception {
        return send("GET", "/api/audit?limit=500", null, SignIn.admin()).body();
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) {
        return new Api(port).send(method, path, json, authorization);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
