package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedFindings;
import org.maturityadvisor.testing.SarifSchema;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    private static final String SAMPLE = "docs/examples/team.json";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void assessPrintsAReadableExplainedReport() {
        assertThat(run("assess", SAMPLE)).isZero();

        assertThat(out.toString()).contains("Maturity assessment: Payments ML", "Level 1 of 4: DevOps but no MLOps",
                "Why level 1: all 7 criteria up to level 1 are met", "Already in place for higher levels: 3",
                "Why not level 2, Automated Training: 5 blocking criteria",
                "creation.model-versioning: observed no, required yes", "Remediation: ");
    }

    @Test
    void assessJsonPrintsTheApiShape() {
        assertThat(run("assess", SAMPLE, "--json")).isZero();

        JsonNode result = JsonMapper.builder().build().readTree(out.toString());
        assertThat(result.get("models").get(0).get("level").intValue()).isEqualTo(1);
        assertThat(result.get("rulesetVersion").stringValue()).startsWith("sha256:");
    }

    @Test
    void invalidInputExitsNonZeroListingEveryField() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"),
                "{\"team\": \"x\", \"answers\": {\"release.methd\": true, \"release.method\": \"fast\"}}");

        assertThat(run("assess", bad.toString())).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("2 field(s) at fault", "answers.release.methd: unknown practice id",
                "answers.release.method: expected one of [not-released, manual, scripted, ci-cd-pipeline]");
    }

    @Test
    void testScenariosPrintsAPassTable() {
        assertThat(run("test-scenarios")).isZero();

        assertThat(out.toString()).contains("PASS   ms-level-4-full-mlops.json").containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void testScenariosExitsNonZeroOnAFailure() throws IOException {
        Path scenarios = Files.createDirectory(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("wrong.json"), """
                {"name": "wrong on purpose", "input": {"team": "t", "answers": {}},
                 "expect": {"microsoft": {"level": 2, "blockers": []}}}
                """);

        assertThat(run("test-scenarios", "--scenarios", scenarios.toString())).isEqualTo(Cli.SCENARIO_FAILED);
        assertThat(out.toString()).contains("FAIL   wrong.json", "expected level 2, got 0", "0 passed, 1 failed");
    }

    @Test
    void aFormulaCellIsRefusedByValidateAndAssessAndNeverRuns() {
        Path marker = temp.resolve("formula-ran");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("formula"));
        int row = rules.rowOf("ms-data-pipeline");
        rules.setFormula("H" + row, "CHAR(34)&\"); new java.io.File(\"\"" + marker + "\"\").createNewFile(); //\"");

        assertThat(run("validate", rules.directory().toString())).isEqualTo(Cli.INVALID_RULES);
        assertThat(out.toString()).contains("H" + row + " holds a formula");
        assertThat(run("assess", SAMPLE, "--rules", rules.directory().toString())).isEqualTo(Cli.INVALID_RULES);
        assertThat(err.toString()).contains("cell H" + row, "holds a formula");
        assertThat(marker).doesNotExist();
    }

    @Test
    void brokenRulesExitWithTheFileAndRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(Path.of(temp.toString()));
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "nope");

        assertThat(run("assess", SAMPLE, "--rules", rules.directory().toString())).isEqualTo(Cli.INVALID_RULES);
        assertThat(err.toString()).contains("microsoft-mlops.drl.xlsx sheet \"Microsoft MLOps\", cell F" + row
                + ": Practice \"nope\"");
    }

    @Test
    void simulatesAChangeAndPrintsThePathToATarget() {
        assertThat(run("simulate", SAMPLE, "--set", "release.method=ci-cd-pipeline", "--set",
                "creation.managed-compute=unknown")).isZero();
        assertThat(out.toString()).contains("release.method: scripted -> ci-cd-pipeline",
                "six-stage        level 2 -> 3 (+1)", "newly met: six-cd-pipeline");

        out.getBuffer().setLength(0);
        assertThat(run("simulate", SAMPLE, "--target", "2")).isZero();
        assertThat(out.toString()).contains("Path to level 2 of the Microsoft MLOps maturity model",
                "5 changes", "1. [small] creation.experiment-tracking: ad-hoc -> centralized");
    }

    @Test
    void simulateRefusesAnUnknownPracticeWithExit3() {
        assertThat(run("simulate", SAMPLE, "--set", "release.methd=manual")).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("--set release.methd: unknown practice id");
    }

    @Test
    void listsPracticesAndModels() {
        assertThat(run("practices")).isZero();
        assertThat(run("models")).isZero();

        assertThat(out.toString()).contains("release.method  (not-released < manual < scripted < ci-cd-pipeline)",
                "Level 3: Automated Model Deployment", "ms-automatic-release");
    }

    @Test
    void validateOfTheShippedRulesExitsZero() {
        assertThat(run("validate", "rules")).isZero();

        // warnings only: cells a table's source leaves blank, one per column of a model
        assertThat(out.toString()).contains("is valid: 0 errors, " + ShippedFindings.baseline().size() + " warnings");
    }

    @Test
    void validateOfABrokenTableExitsFourNamingTheCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "release.ab-tseting");

        assertThat(run("validate", rules.directory().resolve(RulesFixture.TABLE).toString()))
                .isEqualTo(Cli.INVALID_RULES);
        assertThat(out.toString()).contains("is NOT valid: 1 error, 0 warnings",
                "ERROR   microsoft-mlops.drl.xlsx, sheet \"Microsoft MLOps\", cell F" + row,
                "Practice \"release.ab-tseting\" is not in the practice catalog");
    }

    @Test
    void validateJsonPrintsTheFindings() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeFile("promotion.drl", "package x;\n");

        assertThat(run("validate", rules.directory().toString(), "--json")).isEqualTo(Cli.INVALID_RULES);

        JsonNode report = JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.get("valid").booleanValue()).isFalse();
        assertThat(report.has("advisor")).isFalse();
        assertThat(report.get("findings").get(0).get("file").stringValue()).isEqualTo("promotion.drl");
        assertThat(report.get("findings").get(0).get("severity").stringValue()).isEqualTo("ERROR");
    }

    @Test
    void validateFormatSarifPrintsASchemaValidLogAndStillExits4() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "release.ab-tseting");

        assertThat(run("validate", rules.directory().toString(), "--format", "sarif")).isEqualTo(Cli.INVALID_RULES);

        assertThat(SarifSchema.errors(out.toString())).isEmpty();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").stringValue()).isEqualTo("unknown-practice");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("rules/" + RulesFixture.TABLE);
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(row);
    }

    @Test
    void validateJsonNamesEachFindingsKind() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("F" + rules.rowOf("ms-ab-testing"), "release.ab-tseting");

        assertThat(run("validate", rules.directory().toString(), "--format", "json")).isEqualTo(Cli.INVALID_RULES);

        JsonNode finding = JsonMapper.builder().build().readTree(out.toString()).get("findings").get(0);
        assertThat(finding.get("kind").stringValue()).isEqualTo("unknown-practice");
    }

    @Test
    void testScenariosWritesJunitXmlWithOneTestcasePerScenario() throws Exception {
        Path scenarios = Files.createDirectory(temp.resolve("suite"));
        Files.writeString(scenarios.resolve("wrong.json"), """
                {"name": "wrong on purpose <&>", "input": {"team": "t", "answers": {}},
                 "expect": {"microsoft": {"level": 2, "blockers": []}}}
                """);
        Files.writeString(scenarios.resolve("right.json"), """
                {"name": "a team that answered nothing", "input": {"team": "t", "answers": {}},
                 "expect": {"microsoft": {"level": 0}}}
                """);
        Path xml = temp.resolve("scenarios.xml");

        assertThat(run("test-scenarios", "--scenarios", scenarios.toString(), "--junit-xml", xml.toString()))
                .isEqualTo(Cli.SCENARIO_FAILED);

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(Double.parseDouble(suite.getAttribute("time"))).isNotNegative();
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element right = (Element) cases.item(0);
        assertThat(right.getAttribute("classname")).isEqualTo("suite.right");
        assertThat(right.getAttribute("name")).isEqualTo("a team that answered nothing");
        assertThat(right.getElementsByTagName("failure").getLength()).isZero();
        Element wrong = (Element) cases.item(1);
        assertThat(wrong.getAttribute("name")).isEqualTo("wrong on purpose <&>");
        Element failure = (Element) wrong.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("expected level 2, got 0");
        assertThat(failure.getTextContent()).contains("microsoft: expected level 2, got 0");
    }
}
