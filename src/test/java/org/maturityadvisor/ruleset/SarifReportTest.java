package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SarifSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validation findings as SARIF 2.1.0: valid against the official schema, a rule per kind, every result located. */
class SarifReportTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();

    @TempDir
    Path temp;

    @Test
    void aBrokenDraftIsAValidLogWithEveryResultLocatedAtItsTableAndCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-data-pipeline");
        rules.setFormula("H" + row, "1+1");
        rules.setCell("F" + rules.rowOf("ms-ab-testing"), "release.ab-tseting");
        ValidationReport report = rules.validate();

        JsonNode log = sarif(report.findings());

        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("results").size()).isEqualTo(report.findings().size()).isGreaterThanOrEqualTo(2);
        JsonNode formula = result(run, "formula-cell");
        assertThat(formula.get("level").stringValue()).isEqualTo("error");
        JsonNode where = formula.get("locations").get(0);
        assertThat(where.at("/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("rules/" + RulesFixture.TABLE);
        assertThat(where.at("/physicalLocation/region/startLine").intValue()).isEqualTo(row);
        assertThat(where.at("/physicalLocation/region/startColumn").intValue()).as("H").isEqualTo(8);
        assertThat(where.at("/logicalLocations/0/name").stringValue()).isEqualTo("H" + row);
        assertThat(where.at("/logicalLocations/0/fullyQualifiedName").stringValue())
                .isEqualTo("'Microsoft MLOps'!H" + row);
        assertThat(result(run, "unknown-practice").at("/locations/0/logicalLocations/0/name").stringValue())
                .isEqualTo("F" + rules.rowOf("ms-ab-testing"));
        run.get("results").forEach(result -> assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex")
                .intValue() + "/id").stringValue()).isEqualTo(result.get("ruleId").stringValue()));
    }

    @Test
    void aWarningStaysAWarningAndAValidDraftSaysSo() {
        ValidationReport report = RulesFixture.copyOfShipped(temp).setCell("ml-test-score.drl.xlsx", "F22", "7")
                .validate();

        JsonNode log = sarif(report.findings());

        assertThat(result(log.get("runs").get(0), "unreachable-band").get("level").stringValue())
                .isEqualTo("warning");
    }

    @Test
    void aFindingAboutAFileHasNoRegionAndOneAboutNoFileIsAtTheRulesDirectory() {
        List<Finding> findings = List.of(Finding.error(FindingKind.MISPLACED_FILE, "notes.txt", "is not a rules file"),
                Finding.error(FindingKind.TOO_LARGE, "upload", "the zip holds too much"),
                new Finding(FindingKind.MODEL_STRUCTURE, "model microsoft", null, null, null, null, Severity.ERROR,
                        "has no Levels table rows"),
                new Finding(null, "practices.csv", null, 3, null, null, Severity.ERROR, "stored before kinds"));

        JsonNode results = sarif(findings).get("runs").get(0).get("results");

        JsonNode file = results.get(0).at("/locations/0/physicalLocation");
        assertThat(file.at("/artifactLocation/uri").stringValue()).isEqualTo("rules/notes.txt");
        assertThat(file.has("region")).isFalse();
        assertThat(results.get(0).at("/locations/0").has("logicalLocations")).isFalse();
        assertThat(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("rules/");
        assertThat(results.get(1).at("/locations/0/logicalLocations/0/name").stringValue()).isEqualTo("upload");
        assertThat(results.get(2).at("/locations/0/logicalLocations/0/name").stringValue())
                .isEqualTo("model microsoft");
        assertThat(results.get(3).get("ruleId").stringValue()).isEqualTo("unclassified");
        assertThat(results.get(3).at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(3);
    }

    @Test
    void aFindingsKindIsItsIdInJson() {
        String json = JSON.writeValueAsString(Finding.error(FindingKind.FORMULA_CELL, "t.drl.xlsx", "x"));

        assertThat(JSON.readTree(json).get("kind").stringValue()).isEqualTo("formula-cell");
        assertThat(JSON.readValue(json, Finding.class).kind()).isEqualTo(FindingKind.FORMULA_CELL);
    }

    @Test
    void theSchemaItselfRefusesALogThatIsNotSarif() {
        assertThat(SarifSchema.errors("{\"runs\": [{\"results\": []}]}")).isNotEmpty();
    }

    /** The log as JSON, after checking it against the SARIF 2.1.0 schema. */
    private static JsonNode sarif(List<Finding> findings) {
        String text = JSON.writeValueAsString(SarifReport.of("test", "abc", false, findings));
        assertThat(SarifSchema.errors(text)).as(text).isEmpty();
        assertThat(text).contains("\"$schema\"", "\"version\":\"2.1.0\"");
        return JSON.readTree(text);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        return run.get("results").valueStream().filter(r -> r.get("ruleId").stringValue().equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " result in " + run));
    }
}
