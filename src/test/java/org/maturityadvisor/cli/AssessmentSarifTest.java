package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.EvidencedResult;
import org.maturityadvisor.testing.SarifSchema;
import org.maturityadvisor.testing.SmallResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment as SARIF, from a hand-built result: a valid 2.1.0 log, one result per criterion and model, each
 * saying in its properties what its answer rests on, with evidence links as related locations.
 */
class AssessmentSarifTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String sarif = Json.write(AssessmentSarif.of("1.0", EvidencedResult.of("Payments ML"),
            "teams/payments.json"));

    @Test
    void isAValidSarifLog() {
        assertThat(SarifSchema.errors(sarif)).as(sarif).isEmpty();
        assertThat(SarifSchema.errors(Json.write(AssessmentSarif.of("1.0", SmallResult.withTarget("t"), null))))
                .isEmpty();
    }

    @Test
    void aMetCriterionPassesAndSaysWhatItsAnswerRestsOn() {
        JsonNode met = result("ladder-release");
        assertThat(met.get("kind").stringValue()).isEqualTo("pass");
        assertThat(met.at("/properties/support").stringValue()).isEqualTo("confirmed");
        assertThat(met.at("/properties/stale").booleanValue()).isFalse();
        assertThat(met.at("/properties/asOf").stringValue()).isEqualTo("2026-11-02");
        assertThat(met.at("/properties/evidence/0/confirmedBy").stringValue()).isEqualTo("ben");
        assertThat(met.at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("teams/payments.json");
        assertThat(met.at("/locations/0/logicalLocations/0/fullyQualifiedName").stringValue())
                .isEqualTo("answers.release.method");
    }

    @Test
    void evidenceLinksAreRelatedLocationsWithTheirNotes() {
        JsonNode related = result("ladder-release").get("relatedLocations").get(0);
        assertThat(related.at("/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("https://ci.example.com/pipelines/42");
        assertThat(related.at("/message/text").stringValue()).isEqualTo("deploy job runs on every push to main");
    }

    @Test
    void aLinkOfAnotherSchemeOrNotAUriIsNoLocationButStaysInTheProperties() {
        JsonNode hostile = result("ladder-docs");
        assertThat(hostile.has("relatedLocations")).isFalse();
        assertThat(hostile.at("/properties/evidence/0/link").stringValue()).isEqualTo("javascript:alert(1)");
        assertThat(hostile.at("/properties/stale").booleanValue()).isTrue();
    }

    @Test
    void aBlockerFailsWithItsDoubt() {
        JsonNode blocker = result("ladder-tests");
        assertThat(blocker.get("kind").stringValue()).isEqualTo("fail");
        assertThat(blocker.get("level").stringValue()).isEqualTo("error");
        assertThat(blocker.at("/properties/doubt").stringValue()).isEqualTo("claimed-without-evidence");
        assertThat(blocker.at("/properties/support").stringValue()).isEqualTo("claimed");
        assertThat(blocker.at("/message/text").stringValue()).contains("unknown: claimed without evidence");
    }

    @Test
    void aNotApplicableCriterionIsOfKindNotApplicableWithItsReason() {
        JsonNode na = result("ladder-ab");
        assertThat(na.get("kind").stringValue()).isEqualTo("notApplicable");
        assertThat(na.at("/properties/reason").stringValue()).isEqualTo("batch scoring only; <no> live traffic");
        assertThat(result("ladder-latency").at("/properties/byContext").booleanValue()).isTrue();
    }

    @Test
    void theRunSaysWhatTheWholeResultRestsOn() {
        assertThat(JSON.readTree(sarif).at("/runs/0/properties/restsOn").stringValue())
                .startsWith("rests on 4 answers: 1 confirmed");
    }

    @Test
    void aChecklistsRequiredUnmetStatementIsAnErrorAndAnExtraOneANote() {
        String log = Json.write(AssessmentSarif.of("1.0", org.maturityadvisor.testing.ChecklistResult.of("t"), null));
        assertThat(SarifSchema.errors(log)).as(log).isEmpty();
        JsonNode required = result(log, "list-trace-data");
        assertThat(required.get("kind").stringValue()).isEqualTo("fail");
        assertThat(required.get("level").stringValue()).isEqualTo("error");
        assertThat(required.at("/message/text").stringValue())
                .startsWith("Small checklist, required section Traceability not complete:");
        JsonNode extra = result(log, "list-extra-ab");
        assertThat(extra.get("kind").stringValue()).isEqualTo("fail");
        assertThat(extra.get("level").stringValue()).isEqualTo("note");
        assertThat(result(log, "list-doc-readme").get("kind").stringValue()).isEqualTo("pass");
        long traceData = 0;
        for (JsonNode each : JSON.readTree(log).at("/runs/0/results")) {
            traceData += each.get("ruleId").stringValue().equals("list-trace-data") ? 1 : 0;
        }
        assertThat(traceData).as("one result per statement, not one per section and one per blocked level")
                .isEqualTo(1);
    }

    private JsonNode result(String criterion) {
        return result(sarif, criterion);
    }

    private static JsonNode result(String sarif, String criterion) {
        for (JsonNode result : JSON.readTree(sarif).at("/runs/0/results")) {
            if (result.get("ruleId").stringValue().equals(criterion)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + criterion + " in " + sarif);
    }
}
