package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every result the engine gives over every scenario and example, byte for byte as recorded (its SHA-256; the
 * rule-set version, a content hash of {@code rules/}, is masked): the full
 * assessment, the impact ranking over every model, and the shortest path to every level above the team's in every
 * model. A guard for changes to how the engine evaluates (sessions, facts, phases) that must not change one answer.
 * Each result is also written to {@code target/corpus/} so that two runs can be compared with diff. After an intended
 * change to the shipped tables, record it again: {@code ./mvnw test -Dtest=ResultCorpusTest -Dcorpus.record=true}.
 */
class ResultCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/results.sha256");
    private static final Path ACTUAL = Path.of("target/corpus");
    /** The service's wire form: every enum as its id. */
    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();

    @Test
    void everyResultIsTheRecordedOneByteForByte() throws IOException {
        Map<String, String> results = new TreeMap<>();
        for (Map.Entry<String, String> result : results(ShippedRules.advisor()).entrySet()) {
            Path actual = ACTUAL.resolve(result.getKey() + ".json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, result.getValue());
            results.put(result.getKey(), sha256(result.getValue()));
        }
        if (Boolean.getBoolean("corpus.record")) {
            StringBuilder lines = new StringBuilder();
            results.forEach((name, hash) -> lines.append(hash).append("  ").append(name).append('\n'));
            Files.writeString(CORPUS, lines);
        }
        Map<String, String> recorded = recorded();
        assertThat(results.keySet()).containsExactlyElementsOf(recorded.keySet());
        results.forEach((name, result) -> assertThat(result).as(name).isEqualTo(recorded.get(name)));
    }

    private static Map<String, String> results(Advisor advisor) throws IOException {
        Map<String, String> results = new TreeMap<>();
        for (Map.Entry<String, Scenario> input : inputs().entrySet()) {
            TeamProfile team = TeamInputReader.read(input.getValue().input(), advisor.catalog(),
                    input.getValue().options());
            Simulator simulator = new Simulator(advisor);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("assessment", advisor.assess(team));
            result.put("impact", simulator.impact(team, Set.of()));
            for (MaturityModel model : advisor.models()) {
                ModelAssessment now = advisor.assess(team).model(model.id());
                for (int level = now.level() + 1; level <= model.topLevel(); level++) {
                    result.put("path " + model.id() + " " + level, simulator.path(team, model.id(), level));
                }
            }
            // the version is the content hash of rules/ (README and DRL included), not part of any answer
            results.put(input.getKey(), JSON.writeValueAsString(result)
                    .replaceAll("\"rulesetVersion\":\"[^\"]*\"", "\"rulesetVersion\":\"recorded\""));
        }
        return results;
    }

    /** Every scenario, and the examples as scenarios read on the scenarios' day: nothing depends on today. */
    private static Map<String, Scenario> inputs() throws IOException {
        Map<String, Scenario> inputs = new TreeMap<>();
        for (Scenario scenario : ScenarioFiles.read(Path.of("scenarios"))) {
            inputs.put("scenarios/" + scenario.file(), scenario);
        }
        for (String example : List.of("team.json", "full-questionnaire.json")) {
            inputs.put("docs/examples/" + example, new Scenario(example, example, null, null,
                    JSON.readTree(Path.of("docs/examples", example).toFile()), null, Expectations.none()));
        }
        return inputs;
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(CORPUS)) {
            recorded.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
        }
        return recorded;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
