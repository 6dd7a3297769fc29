package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.SarifSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess} on a team input whose answers carry evidence and a "not applicable": every format says what the
 * result rests on, as the engine judged it (no level or count from the shipped tables is written here).
 */
class AssessEvidenceCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INPUT = """
            {"team": "Evidence team",
             "context": {"mlUseCases": 2, "businessCritical": true, "inProduction": true},
             "answers": {
               "creation.data-pipeline": "yes",
               "release.method": {"value": "ci-cd-pipeline", "asOf": "2026-11-02", "evidence": [
                 {"link": "https://ci.example.com/pipelines/42", "note": "deploy <b>job</b> [x](javascript:alert(1))"}]},
               "release.ab-testing": {"notApplicable": true, "reason": "batch scoring only; no live traffic"}
             }}
            """;

    @TempDir
    Path temp;

    private Path input;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeInput() throws IOException {
        input = Files.writeString(temp.resolve("team.json"), INPUT);
    }

    private String assess(String format) {
        int exit = Cli.run(new String[] {"assess", input.toString(), "--format", format}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theGateWritesTheAssessmentBehindItsVerdictAsSarif() throws IOException {
        Path sarif = temp.resolve("gate.sarif");
        int exit = Cli.run(new String[] {"gate", input.toString(), "--require", "microsoft=0", "--sarif",
                sarif.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isZero();
        String log = Files.readString(sarif);
        assertThat(SarifSchema.errors(log)).as(log).isEmpty();
        assertThat(log).contains("\"support\" : \"evidenced\"", "https://ci.example.com/pipelines/42");
    }

    @Test
    void jsonCarriesWhatTheResultRestsOn() {
        JsonNode result = JSON.readTree(assess("json"));
        assertThat(result.at("/restsOn/answered").intValue()).isEqualTo(3);
        assertThat(result.at("/restsOn/evidenced").intValue()).isEqualTo(1);
        assertThat(result.at("/restsOn/notApplicable").intValue()).isEqualTo(1);
    }

    @Test
    void markdownSaysWhatItRestsOnAndShowsTheEvidenceEscaped() {
        String md = assess("markdown");
        assertThat(md).contains("The result rests on 3 answers: 0 confirmed, 1 evidenced")
                .doesNotContain("<b>").doesNotContainPattern("(?<!\\\\)\\[x]\\(javascript");
        assertThat(md).contains("<https://ci.example.com/pipelines/42> deploy &lt;b&gt;job&lt;/b&gt; "
                + "\\[x](javascript:alert(1))");
    }

    @Test
    void htmlNeverLinksOrRunsWhatANoteHolds() {
        assertThat(assess("html")).doesNotContain("<b>job", "href=\"javascript").contains("The result rests on 3");
    }

    @Test
    void sarifIsValidAndPutsTheEvidenceLinkBesideEveryCriterionOnThatAnswer() {
        String sarif = assess("sarif");
        assertThat(SarifSchema.errors(sarif)).as(sarif).isEmpty();
        JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
        int onRelease = 0;
        for (JsonNode result : results) {
            if ("release.method".equals(result.at("/properties/practice").stringValue())) {
                onRelease++;
                assertThat(result.at("/properties/support").stringValue()).isEqualTo("evidenced");
                assertThat(result.at("/properties/asOf").stringValue()).isEqualTo("2026-11-02");
                assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").stringValue())
                        .isEqualTo("https://ci.example.com/pipelines/42");
            }
        }
        assertThat(onRelease).as("results on release.method").isPositive();
    }
}
