package org.maturityadvisor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several hundred malformed, oversized and hostile requests across every endpoint (JSON, CSV, multipart, headers,
 * parameters), generated from tables and the live practice catalog. Each must get its precise 4xx, name the field at
 * fault where it has one, and leave the stored data and the active rule-set version exactly as they were; nothing
 * may be logged at ERROR. Requests are built by {@link Api#request}: credentials, when they come, go there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every table a request could write to (the audit log records rejected drafts on purpose, so it is left out). */
    private static final List<String> TABLES = List.of("team", "assessment", "assessment_level", "answer_standing",
            "result_dictionary", "ruleset_version", "ruleset_activation");
    static final String FIXTURE = "corpus-fixture";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    @Autowired
    ActiveRuleSet active;

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsItsPrecise4xxAndChangesNothing(CapturedOutput log) {
        Api api = new Api(port);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + FIXTURE + "\", \"name\": \"Corpus Fixture\"}")
                .statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/teams/" + FIXTURE + "/assessments", "{\"answers\": {}}").statusCode())
                .isEqualTo(201);
        List<String> practices = JSON.readTree(api.get("/api/practices").body()).valueStream()
                .map(practice -> practice.get("id").stringValue()).toList();
        List<Hostile> corpus = new ArrayList<>(JsonBodies.all(FIXTURE));
        corpus.addAll(FieldCases.all(practices, FIXTURE));
        corpus.addAll(RequestCases.all(FIXTURE));
        corpus.addAll(UploadCases.all());
        corpus.addAll(BoundedUploadCases.all());
        corpus.addAll(TextAndRaceCases.all(FIXTURE));
        corpus.addAll(SessionAndPrincipalCases.all());
        corpus.addAll(WebInputCases.all());
        assertThat(corpus).hasSizeGreaterThan(300);
        Stream<DynamicTest> requests = corpus.stream().map(hostile -> DynamicTest.dynamicTest(hostile.toString(),
                () -> check(api, hostile)));
        return Stream.concat(requests, Stream.of(DynamicTest.dynamicTest("nothing was logged at ERROR",
                () -> assertThat(log.getOut()).doesNotContain(" ERROR "))));
    }

    private void check(Api api, Hostile hostile) {
        List<Long> before = counts();
        String version = active.get().version();
        HttpResponse<String> response = send(api, hostile);

        assertThat(response.statusCode()).as(abbreviated(response.body())).isEqualTo(hostile.status());
        if (hostile.field() != null) {
            assertThat(fields(JSON.readTree(response.body()))).as(abbreviated(response.body()))
                    .contains(hostile.field());
        }
        if (response.statusCode() != 400 || hostile.field() != null) {
            assertThat(response.body().length()).as("a bounded answer").isLessThan(20_000);
        }
        assertThat(counts()).as("storage unchanged").isEqualTo(before);
        assertThat(active.get().version()).as("active version unchanged").isEqualTo(version);
    }

    /**
     * Tomcat answers a request whose headers are over its limit before reading the rest, then closes the connection;
     * the bytes left unread can make the kernel reset it before the client has read the answer ("received no
     * bytes"), a race of TCP, not of the service. Only those cases are sent once more, on a new connection.
     */
    private static HttpResponse<String> send(Api api, Hostile hostile) {
        try {
            return api.send(hostile.request().apply(api));
        } catch (UncheckedIOException reset) {
            if (hostile.status() != 431 && hostile.status() != 414) {
                throw reset;
            }
            return api.send(hostile.request().apply(api));
        }
    }

    /** The fields a problem names: each error's field, or the field of a 413. */
    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        if (problem.has("field")) {
            fields.add(problem.get("field").stringValue());
        }
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
        return fields;
    }

    private List<Long> counts() {
        return TABLES.stream().map(table -> database.queryForObject("select count(*) from " + table, Long.class))
                .toList();
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
