package org.maturityadvisor.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ModelTables;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * The trace of a checklist model (sections required or extra, one verdict) and of a scored model (bands, sections
 * short of the first band not reached): the marks say what the result says, row by row.
 */
class ChecklistAndScoredTraceTest {

    @TempDir
    static Path temp;

    static LoadedRuleSet rules;

    @BeforeAll
    static void load() {
        rules = LoadedRuleSet.load(ChecklistTable.into(temp.resolve("rules")).directory());
    }

    static AssessmentResult assess(String input) {
        return rules.advisor().assess(TeamInputReader.read(input, rules.advisor().catalog(),
                InputOptions.on(java.time.LocalDate.parse("2026-12-01"))));
    }

    static Map<String, TraceRow> rows(TableTrace trace, TablePart part) {
        return trace.tables().stream().filter(t -> t.part() == part).flatMap(t -> t.rows().stream())
                .collect(Collectors.toMap(TraceRow::key, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void aChecklistMarksItsRequiredUnmetStatementsBlockingAndItsExtraOnesNotBlocking() {
        AssessmentResult result = assess("""
                {"team": "t", "context": {"chk-serving": "offline"}, "answers": {"chk.readme": true,
                 "chk.api-docs": false, "chk.dashboard": true}}""");
        TableTrace trace = ModelTables.trace(rules, result, "check").orElseThrow();

        assertThat(trace.level()).isZero();
        Map<String, TraceRow> statements = rows(trace, TablePart.CRITERIA);
        record Expected(String id, TraceMark mark) {
        }
        for (Expected expected : java.util.List.of(new Expected("chk-readme", TraceMark.MET),
                new Expected("chk-api-docs", TraceMark.BLOCKING_ABSENT),
                new Expected("chk-latency", TraceMark.NOT_APPLICABLE),
                new Expected("chk-canary", TraceMark.NOT_APPLICABLE),
                new Expected("chk-dashboard", TraceMark.MET),
                new Expected("chk-alerts", TraceMark.NOT_BLOCKING))) {
            assertThat(statements.get(expected.id()).mark()).as(expected.id()).isEqualTo(expected.mark());
        }
        assertThat(statements.get("chk-alerts").note()).isEqualTo("unknown: not answered; in an extra section");
        assertThat(statements.get("chk-api-docs").number())
                .isEqualTo(ChecklistTable.lineOf(ChecklistTable.rows(), "chk-api-docs"));
        Map<String, TraceRow> sections = rows(trace, TablePart.DIMENSIONS);
        assertThat(sections.get("Docs").mark()).isEqualTo(TraceMark.DECIDING);
        assertThat(sections.get("Docs").note()).isEqualTo("required: 1 of 2 met, not complete");
        assertThat(sections.get("Serving").mark()).isEqualTo(TraceMark.MET);
        assertThat(sections.get("Serving").note()).isEqualTo("required: 0 of 0 met (2 not applicable), complete");
        assertThat(sections.get("Extras").mark()).isEqualTo(TraceMark.NOT_BLOCKING);
        assertThat(sections.get("Extras").note()).isEqualTo("extra: 1 of 2 met, not complete");
        assertThat(rows(trace, TablePart.LEVELS).get("1").note())
                .isEqualTo("first level not reached; 1 row blocks it");
        // the Role column is shown as typed, under its label
        TraceTable sectionTable = trace.tables().stream().filter(t -> t.part() == TablePart.DIMENSIONS)
                .findFirst().orElseThrow();
        assertThat(sectionTable.name()).isEqualTo("Sections");
        assertThat(sectionTable.labels()).containsExactly("Model", "Section", "Role");
    }

    @Test
    void aScoredModelMarksTheBandsAgainstItsScoreAndTheTestsOfTheSectionsShortOfTheFirstBandNotReached() {
        AssessmentResult result = assess("""
                {"team": "t", "answers": {"mlts.data-feature-schema": "automated"}}""");
        ModelAssessment scored = result.models().stream().filter(ModelAssessment::scored).findFirst()
                .orElseThrow();
        TableTrace trace = ModelTables.trace(rules, result, scored.model()).orElseThrow();

        TreeSet<String> blocking = new TreeSet<>();
        trace.tables().stream().filter(t -> t.part() == TablePart.CRITERIA).flatMap(t -> t.rows().stream())
                .filter(r -> r.mark() == TraceMark.BLOCKING_ABSENT || r.mark() == TraceMark.BLOCKING_UNKNOWN)
                .forEach(r -> blocking.add(r.key()));
        assertThat(blocking).isEqualTo(new TreeSet<>(scored.nextLevelBlockers().stream().map(Blocker::criterion)
                .toList()));
        Map<String, TraceRow> bands = rows(trace, TablePart.LEVELS);
        assertThat(bands.get(String.valueOf(scored.level())).mark()).isEqualTo(TraceMark.DECIDING);
        assertThat(bands.get(String.valueOf(scored.level() + 1)).note()).startsWith("first band not reached: score ")
                .contains(" is not above ");
        long shortSections = rows(trace, TablePart.DIMENSIONS).values().stream()
                .filter(r -> r.mark() == TraceMark.DECIDING).count();
        assertThat(shortSections).isEqualTo(scored.blockedLevels().get(0).shortfalls().size());
        assertThat(rows(trace, TablePart.CRITERIA).get("mlts-data-feature-schema").mark()).isEqualTo(TraceMark.MET);
    }
}
