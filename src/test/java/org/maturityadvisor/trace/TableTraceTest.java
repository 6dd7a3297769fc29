package org.maturityadvisor.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ModelTables;

/** A result traced on a small CSV table: each row's position, cells, mark, note and the team's answer beside it. */
class TableTraceTest {

    @TempDir
    static Path temp;

    static LoadedRuleSet rules;

    @BeforeAll
    static void load() {
        rules = LoadedRuleSet.load(TraceFixture.directory(temp));
    }

    static TableTrace trace(String input) {
        AssessmentResult result = rules.advisor().assess(TeamInputReader.read(input, rules.advisor().catalog()));
        return ModelTables.trace(rules, result, "tiny").orElseThrow();
    }

    static Map<String, TraceRow> rows(TableTrace trace, TablePart part) {
        return trace.tables().stream().filter(t -> t.part() == part).flatMap(t -> t.rows().stream())
                .collect(Collectors.toMap(TraceRow::key, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    static final String LEVEL_ONE = """
            {"team": "t", "context": {"inference": "batch"}, "answers": {
              "creation.data-pipeline": true,
              "governance.model-inventory": {"value": "yes", "asOf": "2020-01-01"},
              "creation.experiment-tracking": "ad-hoc"}}""";

    @Test
    void eachCriterionRowCarriesWhatTheResultMadeOfItWithTheAnswerBesideIt() {
        TableTrace trace = trace(LEVEL_ONE);

        assertThat(trace.level()).isEqualTo(1);
        Map<String, TraceRow> criteria = rows(trace, TablePart.CRITERIA);
        // table order, as the analyst typed it
        assertThat(criteria.keySet()).containsExactly("tiny-pipeline", "tiny-inventory", "tiny-tracking",
                "tiny-audit", "tiny-canary");
        record Expected(String id, TraceMark mark, String note, String answer) {
        }
        List<Expected> table = List.of(
                new Expected("tiny-pipeline", TraceMark.MET, "met", "yes (a bare claim)"),
                new Expected("tiny-inventory", TraceMark.STALE, "met on a stale answer", "yes (a bare claim, stale)"),
                new Expected("tiny-tracking", TraceMark.BLOCKING_ABSENT,
                        "answered ad-hoc, requires centralized; blocks level 2", "ad-hoc (a bare claim)"),
                new Expected("tiny-audit", TraceMark.BLOCKING_UNKNOWN, "not answered; blocks level 2",
                        "not answered"),
                new Expected("tiny-canary", TraceMark.NOT_APPLICABLE, "by context: inference is batch",
                        "not applicable: inference is batch"));
        for (Expected expected : table) {
            TraceRow row = criteria.get(expected.id());
            assertThat(row.mark()).as(expected.id()).isEqualTo(expected.mark());
            assertThat(row.note()).as(expected.id()).isEqualTo(expected.note());
            assertThat(row.answer().words()).as(expected.id()).isEqualTo(expected.answer());
        }
        assertThat(criteria.get("tiny-pipeline").answer().support()).isEqualTo(Support.CLAIMED);
    }

    @Test
    void rowsAreWhereTheAnalystTypedThemLinesOfACsvTableWithTheirCellsUnderTheLabelRow() {
        TableTrace trace = trace(LEVEL_ONE);

        assertThat(trace.tables()).extracting(TraceTable::name)
                .containsExactly("Model", "Levels", "Dimensions", "Criteria");
        TraceTable criteria = trace.tables().get(3);
        assertThat(criteria.file()).isEqualTo(TraceFixture.FILE);
        assertThat(criteria.sheet()).isNull();
        assertThat(criteria.labels()).startsWith("Criterion id", "Model", "Level", "Dimension", "Criterion");
        assertThat(criteria.columns()).startsWith("A", "B", "C");
        assertThat(criteria.rows()).extracting(TraceRow::number).containsExactly(33, 34, 35, 36, 37);
        assertThat(criteria.position(criteria.rows().get(2))).isEqualTo("tiny.drl.csv line 35");
        assertThat(criteria.rows().get(2).cells()).startsWith("tiny-tracking", "tiny", "2", "Build",
                "Are experiments tracked centrally?");
        // a blank cell stays blank (null), never "null" or a made-up value
        List<String> cells = criteria.rows().get(0).cells();
        assertThat(cells.subList(cells.size() - 2, cells.size())).containsExactly("small", null);
        // the rows the rules know the criteria by are the rows shown
        rules.advisor().models().stream().filter(m -> m.id().equals("tiny")).findFirst().orElseThrow().criteria()
                .forEach(c -> assertThat(criteria.rows()).anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo(c.id());
                    assertThat(r.number()).isEqualTo(c.source().row());
                }));
    }

    @Test
    void levelRowsSayWhichLevelWasReachedAndWhichIsTheFirstNotReached() {
        TableTrace trace = trace(LEVEL_ONE);

        Map<String, TraceRow> levels = rows(trace, TablePart.LEVELS);
        assertThat(levels.get("0").mark()).isEqualTo(TraceMark.MET);
        assertThat(levels.get("1").mark()).isEqualTo(TraceMark.DECIDING);
        assertThat(levels.get("1").note()).isEqualTo("level reached");
        assertThat(levels.get("2").mark()).isEqualTo(TraceMark.DECIDING);
        assertThat(levels.get("2").note()).isEqualTo("first level not reached; 2 rows block it");
        Map<String, TraceRow> dimensions = rows(trace, TablePart.DIMENSIONS);
        assertThat(dimensions.get("Build").mark()).isEqualTo(TraceMark.DECIDING);
        assertThat(dimensions.get("Build").note()).isEqualTo("reaches level 1; holds back level 2");
        assertThat(rows(trace, TablePart.MODEL).get("tiny").note()).isEqualTo("level 1 of 2: Tracked");
    }

    @Test
    void theLegendCountsEveryMarkFirst() {
        TableTrace trace = trace(LEVEL_ONE);

        Map<TraceMark, Integer> legend = trace.legend().stream()
                .collect(Collectors.toMap(TableTrace.MarkCount::mark, TableTrace.MarkCount::count));
        assertThat(legend).containsEntry(TraceMark.DECIDING, 4).containsEntry(TraceMark.MET, 2)
                .containsEntry(TraceMark.STALE, 1).containsEntry(TraceMark.BLOCKING_ABSENT, 1)
                .containsEntry(TraceMark.BLOCKING_UNKNOWN, 1).containsEntry(TraceMark.NOT_APPLICABLE, 1)
                .containsEntry(TraceMark.NOT_BLOCKING, 0).containsEntry(TraceMark.NONE, 1);
        assertThat(trace.legend()).extracting(TableTrace.MarkCount::mark).containsExactly(TraceMark.values());
    }

    @Test
    void unmetCriteriaAboveTheFirstLevelNotReachedDoNotBlockYet() {
        TableTrace trace = trace("""
                {"team": "t", "context": {"inference": "real-time"}, "answers": {"creation.data-pipeline": false}}""");

        assertThat(trace.level()).isZero();
        Map<String, TraceRow> criteria = rows(trace, TablePart.CRITERIA);
        assertThat(criteria.get("tiny-pipeline").mark()).isEqualTo(TraceMark.BLOCKING_ABSENT);
        assertThat(criteria.get("tiny-inventory").mark()).isEqualTo(TraceMark.BLOCKING_UNKNOWN);
        assertThat(criteria.get("tiny-canary").mark()).isEqualTo(TraceMark.NOT_BLOCKING);
        assertThat(criteria.get("tiny-canary").note()).isEqualTo("unknown: not answered; would block level 2");
        assertThat(rows(trace, TablePart.LEVELS).get("2").mark()).isEqualTo(TraceMark.NOT_BLOCKING);
    }

    @Test
    void anUnknownModelHasNoTrace() {
        AssessmentResult result = rules.advisor().assess(TeamInputReader.read(LEVEL_ONE, rules.advisor().catalog()));
        assertThat(ModelTables.trace(rules, result, "no-such-model")).isEmpty();
    }
}
