package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.EvidenceLadder;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence on stored assessments over real HTTP, on a database of its own and the evidence ladder (a model whose
 * criteria need evidence, confirmation, a fresh answer): who recorded what is filled in, unchanged answers carry their
 * day and evidence forward, a confirmation cannot be written into an answer, four eyes, stale teams, the portfolio's
 * counts, the gauges and the limits. {@link PostgresEvidenceStoreApiTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceStoreApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = root();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String AUDIT = "\"ladder.audit\": {\"value\": \"yes\", \"evidence\": [{\"link\": "
            + "\"https://audit.example.com/log\", \"note\": \"every release is in the audit log\"}]}";
    private static final String REVIEW = "\"ladder.review\": {\"value\": \"yes\", \"evidence\": [{\"note\": "
            + "\"review checklist signed for model 7\"}]}";

    @LocalServerPort
    int port;

    private Api api;

    @DynamicPropertySource
    static void ownRulesAndDatabase(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", () -> ROOT.resolve("rules").toString());
        properties.add("maturity.data-dir", () -> ROOT.resolve("data").toString());
        properties.add("maturity.evidence.max-items", () -> "3");
    }

    private static Path root() {
        try {
            Path root = Files.createTempDirectory(Path.of("target"), "evidence-store-");
            EvidenceLadder.into(Files.createDirectory(root.resolve("rules")));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void users() {
        api = new Api(port);
        SignIn.createUser(base(), "ana", "assessor");
        SignIn.createUser(base(), "ben", "assessor");
    }

    @Test
    void newEvidenceIsRecordedByWhoStoresItAndAnUnchangedAnswerCarriesItsDayAndEvidence() {
        String team = register("carry");
        String old = TODAY.minusDays(40).toString();
        assertThat(store(team, "ana", AUDIT + ", \"ladder.deploy\": {\"value\": \"scripted\", \"asOf\": \"" + old
                + "\"}").statusCode()).isEqualTo(201);
        JsonNode first = answers(team, 1);
        JsonNode item = first.get("ladder.audit").get("evidence").get(0);
        assertThat(item.get("recordedBy").stringValue()).isEqualTo("ana");
        assertThat(item.get("recordedAt").stringValue()).startsWith(TODAY.toString());
        assertThat(item.has("confirmedBy")).isFalse();

        // plain answers with the same values: the day and the evidence of the answers before are kept
        assertThat(store(team, "ben", "\"ladder.audit\": true, \"ladder.deploy\": \"scripted\"").statusCode())
                .isEqualTo(201);
        JsonNode second = answers(team, 2);
        assertThat(second.get("ladder.audit").get("evidence")).isEqualTo(first.get("ladder.audit").get("evidence"));
        assertThat(second.get("ladder.deploy").get("asOf").stringValue()).isEqualTo(old);

        // the rich form with the same value adds its new items to the kept ones
        assertThat(store(team, "ben", "\"ladder.audit\": {\"value\": \"yes\", \"evidence\": [{\"note\": \"and the "
                + "auditor's report\"}]}").statusCode()).isEqualTo(201);
        JsonNode merged = answers(team, 3).get("ladder.audit").get("evidence");
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).get("recordedBy").stringValue()).isEqualTo("ana");
        assertThat(merged.get(1).get("recordedBy").stringValue()).isEqualTo("ben");

        // a changed value carries nothing: no evidence, the day of the new assessment
        assertThat(store(team, "ben", "\"ladder.audit\": \"no\", \"ladder.deploy\": \"pipeline\"").statusCode())
                .isEqualTo(201);
        JsonNode changed = answers(team, 4);
        assertThat(changed.get("ladder.audit").isString()).as(changed.toString()).isTrue();
        assertThat(changed.get("ladder.deploy").isString()).as(changed.toString()).isTrue();
    }

    @Test
    void aConfirmationWrittenIntoAnAnswerIsRefusedNamingItsFieldAndNothingIsStored() {
        String team = register("forged");
        HttpResponse<String> forged = store(team, "ana", "\"ladder.review\": {\"value\": \"yes\", \"evidence\": "
                + "[{\"note\": \"signed\", \"confirmedBy\": \"ben\", \"confirmedAt\": \"2026-01-02T10:00:00Z\"}]}");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(fields(forged)).containsExactly("answers.ladder.review.evidence[0].confirmedBy");
        assertThat(forged.body()).contains("/confirmations");

        HttpResponse<String> someoneElse = store(team, "ana", "\"ladder.review\": {\"value\": \"yes\", "
                + "\"evidence\": [{\"note\": \"signed\", \"recordedBy\": \"ben\"}]}");
        assertThat(someoneElse.statusCode()).isEqualTo(400);
        assertThat(fields(someoneElse)).containsExactly("answers.ladder.review.evidence[0].recordedBy");
        assertThat(JSON.readTree(get(team, "").body()).get("assessments").intValue()).isZero();
    }

    @Test
    void aSecondPersonConfirmsTheEvidenceAndTheLevelThatNeedsItIsReached() {
        String team = register("four-eyes");
        HttpResponse<String> stored = store(team, "ana", AUDIT + ", " + REVIEW
                + ", \"ladder.deploy\": \"pipeline\"");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        int before = ladderLevel(JSON.readTree(stored.body()));

        HttpResponse<String> own = confirm(team, "ana", "{\"practices\": [\"ladder.review\"]}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(409);
        assertThat(fields(own)).containsExactly("practices[0]");
        assertThat(own.body()).contains("a second person must confirm it");
        HttpResponse<String> noEvidence = confirm(team, "ben", "{\"practices\": [\"ladder.deploy\"]}");
        assertThat(noEvidence.statusCode()).isEqualTo(400);
        assertThat(fields(noEvidence)).containsExactly("practices[0]");
        assertThat(confirm("no-such-team", "ben", "{\"all\": true}").statusCode()).isEqualTo(404);
        assertThat(confirm(team, "ben", "{\"practices\": [\"ladder.review\"], \"colour\": 1}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> confirmed = confirm(team, "ben", "{\"practices\": [\"ladder.review\"]}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(confirmed.body());
        assertThat(body.get("seq").intValue()).isEqualTo(2);
        assertThat(body.get("author").stringValue()).isEqualTo("ben");
        assertThat(body.get("confirmed").get(0).get("practice").stringValue()).isEqualTo("ladder.review");
        assertThat(ladderLevel(body)).as("the level that needs confirmed review evidence").isGreaterThan(before);
        JsonNode item = answers(team, 2).get("ladder.review").get("evidence").get(0);
        assertThat(item.get("recordedBy").stringValue()).isEqualTo("ana");
        assertThat(item.get("confirmedBy").stringValue()).isEqualTo("ben");
        assertThat(confirm(team, "ben", "{\"practices\": [\"ladder.review\"]}").statusCode()).isEqualTo(409);

        // the confirmation is carried to the next assessment of the same answer, and recorded in the audit log
        assertThat(store(team, "ana", AUDIT + ", \"ladder.review\": true, \"ladder.deploy\": \"pipeline\"")
                .statusCode()).isEqualTo(201);
        assertThat(answers(team, 3).get("ladder.review").get("evidence").get(0).get("confirmedBy").stringValue())
                .isEqualTo("ben");
        String audit = api.get("/api/audit?limit=20").body();
        assertThat(audit).contains("evidence-confirmed").contains("team " + team);
    }

    @Test
    void teamsWithStaleAnswersAreListedAndCountedAndTheTeamSaysWhichAnswersAndWhen() {
        String stale = register("stale");
        String soon = register("soon");
        String fresh = register("fresh");
        store(stale, "ana", "\"ladder.deploy\": {\"value\": \"scripted\", \"asOf\": \"" + TODAY.minusDays(100)
                + "\"}, " + AUDIT);
        store(soon, "ana", "\"ladder.deploy\": {\"value\": \"scripted\", \"asOf\": \"" + TODAY.minusDays(80)
                + "\"}");
        store(fresh, "ana", "\"ladder.deploy\": \"scripted\"");

        assertThat(ids("/api/teams?stale=true&limit=500")).contains(stale).doesNotContain(soon, fresh);
        assertThat(ids("/api/teams?stale=soon&limit=500")).contains(stale, soon).doesNotContain(fresh);
        HttpResponse<String> bad = api.get("/api/teams?stale=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("stale");

        JsonNode listing = JSON.readTree(get(stale, "/freshness").body());
        JsonNode age = listing.get("answers").get(0);
        assertThat(age.get("practice").stringValue()).isEqualTo("ladder.deploy");
        assertThat(age.get("question").stringValue()).isEqualTo("How is it deployed?");
        assertThat(age.get("freshness").stringValue()).isEqualTo("stale");
        assertThat(age.get("validForDays").intValue()).isEqualTo(90);
        assertThat(age.get("staleOn").stringValue()).isEqualTo(TODAY.minusDays(100).plusDays(91).toString());
        assertThat(JSON.readTree(get(soon, "/freshness").body()).get("answers").get(0).get("freshness")
                .stringValue()).isEqualTo("goes-stale-soon");
        assertThat(JSON.readTree(get(fresh, "/freshness").body()).get("answers")).isEmpty();

        JsonNode row = portfolioRow(stale);
        assertThat(row.get("staleAnswers").intValue()).isEqualTo(1);
        assertThat(row.get("unconfirmedAnswers").intValue()).isEqualTo(1);
        assertThat(row.get("claimedAnswers").intValue()).isEqualTo(1);
        assertThat(portfolioRow(fresh).get("staleAnswers").intValue()).isZero();

        String metrics = api.send(api.request("/actuator/prometheus").header("Accept", "text/plain")).body();
        assertThat(gauge(metrics, "maturity_stale_answers")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(metrics, "maturity_unconfirmed_answers")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyEvidenceLimitIsA400NamingTheFieldAndTheSetting() {
        String team = register("limits");
        String four = "{\"note\": \"a\"}, {\"note\": \"b\"}, {\"note\": \"c\"}, {\"note\": \"d\"}";
        HttpResponse<String> many = store(team, "ana", "\"ladder.audit\": {\"value\": \"yes\", \"evidence\": ["
                + four + "]}");
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(fields(many)).containsExactly("answers.ladder.audit.evidence");
        assertThat(many.body()).contains("maturity.evidence.max-items");
        HttpResponse<String> scheme = store(team, "ana", "\"ladder.audit\": {\"value\": \"yes\", \"evidence\": "
                + "[{\"link\": \"javascript:alert(1)\"}]}");
        assertThat(scheme.statusCode()).isEqualTo(400);
        assertThat(fields(scheme)).containsExactly("answers.ladder.audit.evidence[0].link");
        HttpResponse<String> longNote = store(team, "ana", "\"ladder.audit\": {\"value\": \"yes\", \"evidence\": "
                + "[{\"note\": \"" + "n".repeat(2001) + "\"}]}");
        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(longNote.body()).contains("maturity.evidence.max-note-length");
        assertThat(JSON.readTree(get(team, "").body()).get("assessments").intValue()).isZero();
    }

    private static int ladderLevel(JsonNode stored) {
        for (JsonNode model : stored.get("result").get("models")) {
            if (model.get("model").stringValue().equals("ladder")) {
                return model.get("level").intValue();
            }
        }
        throw new AssertionError("no ladder model in " + stored);
    }

    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private JsonNode portfolioRow(String team) {
        JsonNode page = JSON.readTree(api.get("/api/portfolio/teams?sort=name&size=200").body());
        for (JsonNode row : page.get("items")) {
            if (row.get("id").stringValue().equals(team)) {
                return row;
            }
        }
        throw new AssertionError("no " + team + " in " + page);
    }

    private List<String> ids(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(team -> ids.add(team.get("id").stringValue()));
        return ids;
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> fields.add(error.get("field").stringValue()));
        return fields;
    }

    private String register(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.send(as("ana", "/api/teams").POST(HttpRequest.BodyPublishers.ofString(
                "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    private HttpResponse<String> store(String team, String user, String answers) {
        return api.send(as(user, "/api/teams/" + team + "/assessments").POST(HttpRequest.BodyPublishers.ofString(
                "{\"context\": {\"" + EvidenceLadder.SERVING + "\": \"offline\"}, \"answers\": {" + answers + "}}")));
    }

    private HttpResponse<String> confirm(String team, String user, String body) {
        return api.send(as(user, "/api/teams/" + team + "/confirmations")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode answers(String team, int seq) {
        HttpResponse<String> stored = get(team, "/assessments/" + seq);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        return JSON.readTree(stored.body()).get("input").get("answers");
    }

    private HttpResponse<String> get(String team, String path) {
        return api.get("/api/teams/" + team + path);
    }

    private HttpRequest.Builder as(String user, String path) {
        return api.anonymous(path).header("Authorization", SignIn.as(user)).header("Content-Type",
                "application/json");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
