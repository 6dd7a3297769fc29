package org.maturityadvisor.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;

/**
 * Raw table rows turned into a checked model, without a spreadsheet or KIE: a small gated model of two levels, and
 * each kind of wrong cell reported at its row.
 */
class DefinitionAssemblerTest {

    private static final String FILE = "ladder.drl.csv";
    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(
            new Practice("build.method", "Build", PracticeType.CHOICE, List.of("manual", "scripted", "pipeline"),
                    "How are builds run?", null),
            new Practice("build.tests", "Build", PracticeType.YES_NO, List.of(), "Are tests automated?", null)));

    /** A gated model: levels 0 to 2, one dimension, one criterion at each level above 0. */
    private static List<TableRow> ladder(CriterionRow... criteria) {
        List<TableRow> rows = new ArrayList<>(List.of(
                row(1, new ModelRow("ladder", "Ladder", "the book", "gated", null)),
                row(2, new LevelRow("ladder", "0", "None", "", null, null)),
                row(3, new LevelRow("ladder", "1", "Scripted", "", null, null)),
                row(4, new LevelRow("ladder", "2", "Automated", "", null, null)),
                row(5, new DimensionRow("ladder", "Build"))));
        for (int i = 0; i < criteria.length; i++) {
            rows.add(row(10 + i, criteria[i]));
        }
        return rows;
    }

    private static CriterionRow criterion(String id, String level, String practice, String required, String effort) {
        return new CriterionRow(id, "ladder", level, "Build", "Is it so?", practice, required, "Do it.", effort, null);
    }

    private static final CriterionRow SCRIPTED = criterion("ladder-scripted", "1", "build.method", "scripted", "small");
    private static final CriterionRow TESTED = criterion("ladder-tested", "2", "build.tests", "yes", " Large ");

    private static TableRow row(int number, DefinitionRow row) {
        return new TableRow(row, new SourceRow(FILE, number));
    }

    @Test
    void aGatedModelIsAssembledWithTypedLevelsAndCriteria() {
        MaturityModel ladder = DefinitionAssembler.assemble(ladder(TESTED, SCRIPTED), CATALOG).models().get(0);

        assertThat(ladder.kind()).isEqualTo(ModelKind.GATED);
        assertThat(ladder.topLevel()).isEqualTo(2);
        assertThat(ladder.levels()).extracting(Level::name).containsExactly("None", "Scripted", "Automated");
        assertThat(ladder.criteria()).extracting(Criterion::id).as("ordered by level")
                .containsExactly("ladder-scripted", "ladder-tested");
        assertThat(ladder.criteriaOf(2)).singleElement().satisfies(tested -> {
            assertThat(tested.requiredRank()).isEqualTo(1);
            assertThat(tested.effort()).as("the effort cell read in any case, trimmed").isEqualTo(Effort.LARGE);
            assertThat(tested.source()).isEqualTo(new SourceRow(FILE, 10));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "level not a number | x | build.method | scripted | small | bad-value | Level \"x\" is not a whole number of at least 1",
            "level 0 | 0 | build.method | scripted | small | bad-value | Level \"0\" is not a whole number of at least 1",
            "unknown practice | 1 | build.methd | scripted | small | unknown-practice | build.methd",
            "value not a choice | 1 | build.method | weekly | small | bad-value | weekly",
            "effort not an effort | 1 | build.method | scripted | huge | bad-value | Effort \"huge\" is not one of small, medium, large",
            "blank effort | 1 | build.method | scripted | none | blank-cell | Effort is blank"})
    void aWrongCellIsRefusedAtItsRowWithItsKind(String description, String level, String practice, String required,
                                               String effort, String kind, String message) {
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> DefinitionAssembler.assemble(
                ladder(SCRIPTED, TESTED, criterion("ladder-x", level, practice, required, effort)), CATALOG));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind().id()).isEqualTo(kind);
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.location()).isEqualTo("row 12");
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void everyProblemOfEveryRowIsReportedAtOnce() {
        CriterionRow undeclared = new CriterionRow("ladder-y", "ladder", "1", "Bild", "Is it so?", "build.method",
                "manual", "Do it.", "small", null);
        CriterionRow twice = criterion("ladder-scripted", "2", "build.tests", "yes", "small");

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> DefinitionAssembler.assemble(
                ladder(SCRIPTED, undeclared, twice), CATALOG));

        assertThat(refused.problems()).extracting(p -> p.kind().id() + " at " + p.location()).containsExactly(
                "undeclared-dimension at row 11", "duplicate-id at row 12");
    }

    @Test
    void aModelOfUnknownKindIsTheOneProblemReportedForIt() {
        List<TableRow> rows = ladder(criterion("ladder-x", "x", "nope", "nope", "nope"));
        rows.set(0, row(1, new ModelRow("ladder", "Ladder", "the book", "stepped", null)));

        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> DefinitionAssembler.assemble(rows, CATALOG));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("row 1");
            assertThat(problem.message()).isEqualTo("Kind \"stepped\" is not one of gated, scored, checklist");
        });
    }

    @Test
    void fiftyThousandDimensionsAreCheckedInLinearTime() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(new ModelRow("m", "M", "", "gated", null), new SourceRow("m.drl.csv", 1)));
        for (int i = 0; i < 50_000; i++) {
            rows.add(new TableRow(new DimensionRow("m", "dimension " + i), new SourceRow("m.drl.csv", i + 2)));
        }

        // the issue measured 8.3 s for 50,000 rows (a List.contains per row); a look-up per row takes milliseconds
        assertTimeout(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> DefinitionAssembler.assemble(rows, null))
                .isInstanceOf(RuleSetException.class));
    }

    private static final PracticeCatalog WITH_CONTEXT = new PracticeCatalog(CATALOG.practices(), List.of(
            new org.maturityadvisor.catalog.ContextField("context.inference", PracticeType.CHOICE,
                    List.of("batch", "real-time", "both"), "How are predictions served?", null)));

    private static CriterionRow withColumns(String needsEvidence, String mayBe, String appliesWhen) {
        return new CriterionRow("ladder-scripted", "ladder", "1", "Build", "Is it so?", "build.method", "scripted",
                "Do it.", "small", null, needsEvidence, null, null, mayBe, appliesWhen);
    }

    @Test
    void theEvidenceAndApplicabilityCellsBecomeTypedValuesOfTheCriterion() {
        Criterion criterion = DefinitionAssembler.assemble(ladder(withColumns("yes", "Yes",
                "inference = real-time|both"), TESTED), WITH_CONTEXT).models().get(0).criteria().get(0);

        assertThat(criterion.needsEvidence()).isTrue();
        assertThat(criterion.mayBeNotApplicable()).isTrue();
        assertThat(criterion.staleBlocks()).isFalse();
        assertThat(criterion.appliesWhen()).singleElement().satisfies(condition -> {
            assertThat(condition.field()).isEqualTo("inference");
            assertThat(condition.values()).containsExactly("real-time", "both");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "maybe;;;Needs evidence \"maybe\" is not yes or no",
            ";;inference;Applies when \"inference\" is not a condition",
            ";;inferense = batch;\"inferense\" is not a context field of the catalog",
            ";;inference = streaming;\"streaming\" is not a value of context field inference",
            ";;inference = batch and inference = both;names inference twice"})
    void aWrongEvidenceOrApplicabilityCellIsNamedAndNeverWidened(String needsEvidence, String mayBe,
                                                                String appliesWhen, String message) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> DefinitionAssembler.assemble(
                ladder(withColumns(needsEvidence, mayBe, appliesWhen)), WITH_CONTEXT));

        assertThat(e).isNotNull();
        assertThat(e.problems()).filteredOn(p -> p.location().startsWith("row")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(message));
    }

    @Test
    void aRoleCellInAGatedModelIsRefusedAtThatCell() {
        List<TableRow> rows = new ArrayList<>(ladder(SCRIPTED, TESTED));
        rows.set(4, row(5, new DimensionRow("ladder", "Build", "required")));

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> DefinitionAssembler.assemble(rows, CATALOG));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("row 5");
            assertThat(problem.message()).isEqualTo("Role \"required\" is only for the sections of a checklist "
                    + "model; model \"ladder\" is gated, so leave the cell empty");
        });
    }
}
