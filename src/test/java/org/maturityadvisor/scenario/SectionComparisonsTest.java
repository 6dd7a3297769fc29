package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;

/** A checklist scenario's {@code sections} expectation: read strictly, and a difference says what came out instead. */
class SectionComparisonsTest {

    @TempDir
    Path temp;

    private static final Blocker RELEASE_NOTES = new Blocker("c-release-notes", "Are release notes written?", 1,
            "Code", "release.release-notes", "no", "yes", CriterionStatus.ABSENT, null, Effort.NOT_GIVEN);

    private static ModelAssessment checklist() {
        return new ModelAssessment("check", "Check", ModelKind.CHECKLIST, 0, null, 1, null, null, "not complete",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                new SectionCompletion("Documentation", SectionRole.REQUIRED, 2, 2, 2, true, List.of()),
                new SectionCompletion("Code", SectionRole.REQUIRED, 1, 2, 3, false, List.of(RELEASE_NOTES))));
    }

    private static List<String> compare(ModelAssessment model, Map<String, String> sections) {
        List<String> failures = new ArrayList<>();
        Map<String, Expectations.OfSection> expected = new LinkedHashMap<>();
        sections.forEach((section, text) -> expected.put(section, Expectations.OfSection.parse(text)));
        SectionComparisons.compare(model, expected, failures);
        return failures;
    }

    @Test
    void aSectionThatCameOutOtherwiseNamesTheModelTheSectionBothCompletionsAndTheUnmetStatements() {
        assertThat(compare(checklist(), Map.of("Documentation", "2/2", "Code", "2/2"))).containsExactly(
                "check: expected section \"Code\" at 2/2 (met/applicable), got 1/2; unmet: c-release-notes "
                        + "(answered, below what is required)");
    }

    @Test
    void aSectionTheModelDoesNotHaveIsNamedWithTheSectionsItHas() {
        assertThat(compare(checklist(), Map.of("Documentaton", "2/2"))).containsExactly(
                "check: expected section \"Documentaton\" at 2/2 (met/applicable), but the model has no such section "
                        + "(it has Documentation, Code)");
    }

    @Test
    void sectionsExpectedOfAGatedModelFailRatherThanPassUnchecked() {
        ModelAssessment gated = new ModelAssessment("ladder", "Ladder", ModelKind.GATED, 1, "One", 2, null, null,
                "level 1", List.of(), List.of(), List.of());
        assertThat(compare(gated, Map.of("People", "1/1"))).containsExactly(
                "ladder: expects sections [People], but it is a gated model: only a checklist model has sections "
                        + "with a completion");
    }

    @Test
    void matchingSectionsAndNoSectionsExpectedAddNothing() {
        assertThat(compare(checklist(), Map.of("Documentation", "2/2", "Code", "1/2"))).isEmpty();
        assertThat(compare(checklist(), Map.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"8-8\"", "\"9/8\"", "\"eight\"", "8"})
    void aCompletionThatIsNotMetOfApplicableMakesTheScenarioUnreadable(String completion) throws Exception {
        Path file = temp.resolve("s.json");
        Files.writeString(file, """
                {"name": "bad", "input": {"team": "t"},
                 "expect": {"check": {"level": 1, "sections": {"Documentation": %s}}}}
                """.formatted(completion));

        Scenario scenario = ScenarioFiles.readOne(file);

        assertThat(scenario.input()).isNull();
        assertThat(scenario.description()).startsWith("unreadable: expect.check: ");
    }

    @Test
    void aCompletionWrittenMetOfApplicableIsRead() throws Exception {
        Path file = temp.resolve("s.json");
        Files.writeString(file, """
                {"name": "fine", "input": {"team": "t"},
                 "expect": {"check": {"level": 1, "sections": {"Documentation": "8/8", "Traceability": " 18/20 "}}}}
                """);

        Expectations.OfModel model = ScenarioFiles.readOne(file).expect().models().get("check");

        assertThat(model.sections()).containsExactly(
                Map.entry("Documentation", new Expectations.OfSection(8, 8)),
                Map.entry("Traceability", new Expectations.OfSection(18, 20)));
    }
}
