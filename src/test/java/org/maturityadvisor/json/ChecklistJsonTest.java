package org.maturityadvisor.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.AssessmentSummary;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.ChecklistTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checklist result on the wire: its kind, each section with its role as a wire id, met, applicable, total, whether
 * complete and its unmet statements as blockers; read back (a stored result) as it was written. The summary view
 * carries the same sections, with the unmet statements' ids.
 */
class ChecklistJsonTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();
    private static AssessmentResult result;

    @TempDir
    static Path temp;

    @BeforeAll
    static void assess() {
        Advisor advisor = RuleSetLoader.load(ChecklistTable.into(temp.resolve("rules")).directory());
        result = advisor.assess(TeamInputReader.read("{\"team\": \"t\", \"context\": {\"" + ChecklistTable.SERVING
                + "\": \"online\"}, \"answers\": {\"chk.readme\": true, \"chk.api-docs\": false, \"chk.latency\": "
                + "true, \"chk.canary\": true, \"chk.dashboard\": true}}", advisor.catalog(),
                InputOptions.on(LocalDate.parse("2026-12-01"))));
    }

    private static JsonNode check(JsonNode models) {
        for (JsonNode model : models) {
            if (model.get("model").stringValue().equals("check")) {
                return model;
            }
        }
        throw new AssertionError("no checklist model");
    }

    @Test
    void aChecklistResultCarriesItsSectionsAndIsReadBackAsItWasWritten() {
        String json = JSON.writeValueAsString(result);
        JsonNode check = check(JSON.readTree(json).get("models"));

        assertThat(check.get("kind").stringValue()).isEqualTo("checklist");
        assertThat(check.get("score").isNull()).isTrue();
        JsonNode docs = check.get("sections").get(0);
        assertThat(docs.get("section").stringValue()).isEqualTo("Docs");
        assertThat(docs.get("role").stringValue()).isEqualTo("required");
        assertThat(docs.get("met").intValue()).isEqualTo(1);
        assertThat(docs.get("applicable").intValue()).isEqualTo(2);
        assertThat(docs.get("total").intValue()).isEqualTo(2);
        assertThat(docs.get("complete").booleanValue()).isFalse();
        JsonNode unmet = docs.get("unmet").get(0);
        assertThat(unmet.get("criterion").stringValue()).isEqualTo("chk-api-docs");
        assertThat(unmet.get("status").stringValue()).isEqualTo("absent");
        assertThat(unmet.get("effort").stringValue()).isEqualTo("medium");
        assertThat(check.get("sections").get(2).get("role").stringValue()).isEqualTo("extra");
        assertThat(JSON.readValue(json, AssessmentResult.class)).isEqualTo(result);
    }

    @Test
    void theOtherKindsCarryNoSections() {
        JsonNode models = JSON.readTree(JSON.writeValueAsString(result)).get("models");

        for (JsonNode model : models) {
            if (!model.get("kind").stringValue().equals("checklist")) {
                assertThat(model.get("sections").isArray()).isTrue();
                assertThat(model.get("sections").isEmpty()).isTrue();
            }
        }
    }

    @Test
    void theSummaryViewCarriesEachSectionsCompletion() {
        JsonNode check = check(JSON.readTree(JSON.writeValueAsString(AssessmentSummary.of(result))).get("models"));

        assertThat(check.get("nextLevel").intValue()).isEqualTo(1);
        assertThat(check.get("nextLevelBlockers").get(0).stringValue()).isEqualTo("chk-api-docs");
        assertThat(check.get("sections")).extracting(s -> s.get("section").stringValue() + " "
                + s.get("role").stringValue() + " " + s.get("met").intValue() + "/" + s.get("applicable").intValue()
                + " " + s.get("unmet")).containsExactly("Docs required 1/2 [\"chk-api-docs\"]",
                "Serving required 2/2 []", "Extras extra 1/2 [\"chk-alerts\"]");
    }
}
