package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.Multipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every limit refuses with 413 or 400 as problem+json naming the setting and the field, before any work. The JSON body
 * limit is the default (1 MiB); rows per import and listed errors are set low here so that a test can reach them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"maturity.limits.import-rows=5", "maturity.limits.errors=3", "maturity.limits.plans=4"})
class LimitsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MIB = 1024 * 1024;
    static final String TEAM = "{\"team\": \"x\", \"answers\": {\"release.method\": \"manual\"}}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    Api api() {
        return new Api(port);
    }

    @Test
    void aJsonBodyOfExactlyOneMebibyteIsAcceptedAndOneByteMoreIsRefusedWith413() {
        HttpResponse<String> accepted = api().postJson("/api/assessments", padded(TEAM, MIB));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        HttpResponse<String> refused = api().postJson("/api/assessments", padded(TEAM, MIB + 1));

        assertTooLarge(refused, "maturity.limits.json-body", "(body)");
        assertThat(JSON.readTree(refused.body()).get("max").longValue()).isEqualTo(MIB);
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCountedAndRefusedWith413() {
        byte[] body = padded(TEAM, 2 * MIB).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = api().send(api().request("/api/assessments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertTooLarge(refused, "maturity.limits.json-body", "(body)");
    }

    /** Tomcat refuses these before any filter runs; the problem is the same shape as every other limit's. */
    @Test
    void headersOverTheContainersLimitAre431NamingTheSettingAndAHeaderJustUnderItIsServed() {
        HttpResponse<String> served = api().send(api().request("/api/models").header("X-Foo", "f".repeat(7_000)).GET());
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);

        HttpResponse<String> refused = api().send(api().request("/api/models").header("Cookie", "c".repeat(10_000))
                .GET());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(431);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("limit").stringValue()).isEqualTo("server.max-http-request-header-size");
        assertThat(problem.get("field").stringValue()).isEqualTo("(headers)");
        assertThat(problem.get("max").longValue()).isEqualTo(8192);
        assertThat(problem.get("type").stringValue()).isEqualTo("/problems/too-large");
        assertThat(problem.get("instance").stringValue()).isEqualTo("/api/models");
        assertThat(refused.body()).doesNotContain("ccccc", "Tomcat", "Exception");
    }

    @Test
    void aRequestLineOverTheContainersLimitIs414NamingTheSetting() {
        HttpResponse<String> refused = api().get("/api/teams/" + "x".repeat(9_000));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(414);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("limit").stringValue()).isEqualTo("server.max-http-request-header-size");
        assertThat(problem.get("field").stringValue()).isEqualTo("(request line)");
        assertThat(refused.body()).doesNotContain("xxxxx");
    }

    @Test
    void aLongForgedXUserIsNoAuthorAnyMoreTheSignedInCallerIs() {
        String author = "a".repeat(300);
        HttpResponse<String> response = api().send(api().request("/api/teams").header("X-User", author)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Long Author " + UUID.randomUUID() + "\"}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).doesNotContain(author);
    }

    @Test
    void aDraftCommentTooLongIsRefusedBeforeTheDraftIsValidatedOrAudited() throws Exception {
        long audited = database.queryForObject("select count(*) from audit_log", Long.class);
        HttpResponse<String> response = api().send(Multipart.upload(
                api().request("/api/rulesets/drafts?comment=" + "c".repeat(2001)), Path.of("rules/practices.csv")));

        assertInvalid(response, "comment", "maturity.limits.text.comment");
        assertThat(database.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(audited);
    }

    @Test
    void aPublishOrRollbackReasonTooLongIsA400() {
        String body = "{\"reason\": \"" + "r".repeat(2001) + "\"}";
        assertInvalid(api().postJson("/api/rulesets/1/publish", body), "reason", "maturity.limits.text.reason");
        assertInvalid(api().postJson("/api/rulesets/1/rollback", body), "reason", "maturity.limits.text.reason");
    }

    @Test
    void moreThanTheAllowedPlansIsRefusedWith413BeforeAnyIsSimulated() {
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            plans.append(i == 0 ? "" : ",").append("{\"name\": \"p").append(i)
                    .append("\", \"changes\": {\"release.method\": \"scripted\"}}");
        }
        HttpResponse<String> response = api().postJson("/api/simulations",
                "{\"team\": \"x\", \"answers\": {}, \"plans\": [" + plans + "]}");

        assertTooLarge(response, "maturity.limits.plans", "plans");
    }

    @Test
    void moreRowsThanAllowedRefuseTheImportWith413AndWriteNothing() {
        long teams = database.queryForObject("select count(*) from team", Long.class);
        StringBuilder csv = new StringBuilder("team,release.method\n");
        for (int i = 0; i < 6; i++) {
            csv.append("rows-").append(i).append('-').append(UUID.randomUUID().toString(), 0, 8).append(",manual\n");
        }

        assertTooLarge(api().post("/api/imports", "text/csv", csv.toString()), "maturity.limits.import-rows", "rows");
        assertThat(database.queryForObject("select count(*) from team", Long.class)).isEqualTo(teams);
        String json = "{\"teams\": [" + "{\"id\": \"a\"},".repeat(5) + "{\"id\": \"b\"}]}";
        assertTooLarge(api().post("/api/imports", "application/json", json), "maturity.limits.import-rows", "teams");
    }

    @Test
    void errorListsAreCappedWithTheTotalAndNeverEchoMoreThanAFewHundredCharacters() {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            answers.append(i == 0 ? "" : ",").append("\"no.such.practice").append(i).append("\": true");
        }
        String longKey = "k".repeat(40_000);
        HttpResponse<String> response = api().postJson("/api/assessments", "{\"team\": \"x\", \"answers\": {"
                + answers + ", \"" + longKey + "\": 1, \"release.method\": \"" + "v".repeat(50_000) + "\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("totalErrors").intValue()).isEqualTo(152);
        assertThat(response.body().length()).isLessThan(3_000);

        HttpResponse<String> csv = api().post("/api/imports", "text/csv", "team,release.method\n"
                + "x,manual\n".repeat(5).replace("x,manual", "Bad Id," + "m".repeat(10_000)));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(400);
        assertThat(JSON.readTree(csv.body()).get("errors")).hasSize(3);
        assertThat(JSON.readTree(csv.body()).get("totalErrors").intValue()).isEqualTo(10);
        assertThat(csv.body().length()).isLessThan(4_000);
    }

    /** The JSON document followed by spaces up to exactly {@code bytes} bytes. */
    static String padded(String json, int bytes) {
        return json + " ".repeat(bytes - json.getBytes(StandardCharsets.UTF_8).length);
    }

    static void assertTooLarge(HttpResponse<String> response, String limit, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("limit").stringValue()).isEqualTo(limit);
        assertThat(problem.get("field").stringValue()).isEqualTo(field);
    }

    static void assertInvalid(HttpResponse<String> response, String field, String setting) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo(field);
        assertThat(error.get("reason").stringValue()).contains(setting);
    }
}
