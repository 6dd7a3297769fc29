package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * The checklist kind judged by the real rules (promotion.drl judges each statement, checklist.drl counts the sections
 * and gives the verdict) over a small checklist table in CSV: two required sections (Docs; Serving, whose statements
 * apply only to online teams) and one extra (Extras). The verdict is the source's rule: complete when every statement
 * of every required section is met or does not apply; extra sections report progress and never block.
 */
class ChecklistKindTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");
    private static Advisor advisor;

    @TempDir
    static Path temp;

    @BeforeAll
    static void load() {
        advisor = RuleSetLoader.load(ChecklistTable.into(temp.resolve("rules")).directory());
    }

    static AssessmentResult assess(String context, String answers) {
        String input = "{\"team\": \"t\", \"context\": {" + context + "}, \"answers\": {" + answers + "}}";
        return advisor.assess(TeamInputReader.read(input, advisor.catalog(), InputOptions.on(DAY)));
    }

    /** Each section as "met/applicable of total, complete|not complete", by name. */
    private static Map<String, String> sections(ModelAssessment model) {
        return model.sections().stream().collect(Collectors.toMap(SectionCompletion::section,
                s -> s.met() + "/" + s.applicable() + " of " + s.total() + (s.complete() ? ", complete"
                        : ", not complete"), (a, b) -> a, TreeMap::new));
    }

    private static final String OFFLINE = "\"" + ChecklistTable.SERVING + "\": \"offline\"";
    private static final String ONLINE = "\"" + ChecklistTable.SERVING + "\": \"online\"";
    private static final String DOCS = "\"chk.readme\": true, \"chk.api-docs\": true";
    private static final String SERVING = "\"chk.latency\": true, \"chk.canary\": true";
    private static final String EXTRAS = "\"chk.dashboard\": true, \"chk.alerts\": true";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("every required section complete, no extras: complete, extras' progress reported",
                        ONLINE, DOCS + ", " + SERVING + ", \"chk.dashboard\": false", 1, List.of(),
                        Map.of("Docs", "2/2 of 2, complete", "Serving", "2/2 of 2, complete",
                                "Extras", "0/2 of 2, not complete")),
                Arguments.of("everything met: complete, every section complete", ONLINE,
                        DOCS + ", " + SERVING + ", " + EXTRAS, 1, List.of(),
                        Map.of("Docs", "2/2 of 2, complete", "Serving", "2/2 of 2, complete",
                                "Extras", "2/2 of 2, complete")),
                Arguments.of("one required statement answered no: not complete, blocked by it alone", ONLINE,
                        "\"chk.readme\": true, \"chk.api-docs\": false, " + SERVING + ", " + EXTRAS, 0,
                        List.of("chk-api-docs: absent"),
                        Map.of("Docs", "1/2 of 2, not complete", "Serving", "2/2 of 2, complete")),
                Arguments.of("a required section whose statements all fall outside the context is complete",
                        OFFLINE, DOCS, 1, List.of(),
                        Map.of("Docs", "2/2 of 2, complete", "Serving", "0/0 of 2, complete",
                                "Extras", "0/2 of 2, not complete")),
                Arguments.of("an unanswered required statement is unknown, never no", ONLINE,
                        DOCS + ", \"chk.latency\": true", 0, List.of("chk-canary: unknown: unanswered"),
                        Map.of("Serving", "1/2 of 2, not complete")),
                Arguments.of("a team that does not state its serving still needs the Serving statements", "",
                        DOCS, 0, List.of("chk-latency: unknown: unanswered", "chk-canary: unknown: unanswered"),
                        Map.of("Serving", "0/2 of 2, not complete")),
                Arguments.of("extra sections never block, however little of them is met", OFFLINE,
                        DOCS + ", \"chk.dashboard\": false, \"chk.alerts\": false", 1, List.of(),
                        Map.of("Extras", "0/2 of 2, not complete")),
                Arguments.of("the team's own not applicable, where allowed, leaves a statement out", ONLINE,
                        DOCS + ", \"chk.latency\": true, \"chk.canary\": {\"notApplicable\": true, "
                                + "\"reason\": \"one replica\"}", 1, List.of(),
                        Map.of("Serving", "1/1 of 2, complete")),
                Arguments.of("not applicable where the statement does not allow it is unknown", OFFLINE,
                        "\"chk.readme\": true, \"chk.api-docs\": {\"notApplicable\": true, \"reason\": \"no API\"}",
                        0, List.of("chk-api-docs: unknown: not-applicable-refused"),
                        Map.of("Docs", "1/2 of 2, not complete")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theVerdictIsCompleteExactlyWhenEveryRequiredSectionIs(String name, String context, String answers,
                                                                int level, List<String> blockers,
                                                                Map<String, String> expected) {
        ModelAssessment check = assess(context, answers).model("check");

        assertThat(check.kind()).isEqualTo(ModelKind.CHECKLIST);
        assertThat(check.level()).isEqualTo(level);
        assertThat(check.levelName()).isEqualTo(level == 1 ? "Complete" : "Not complete");
        assertThat(check.topLevel()).isEqualTo(1);
        assertThat(check.score()).isNull();
        assertThat(check.nextLevelBlockers()).extracting(b -> b.criterion() + ": " + b.status().id()
                + (b.doubt() == null || b.status() != CriterionStatus.UNKNOWN ? "" : ": " + b.doubt().id()))
                .as("the required unmet statements, nothing else").containsExactlyElementsOf(blockers);
        assertThat(check.blockedLevels()).hasSize(level == 1 ? 0 : 1);
        assertThat(sections(check)).containsAllEntriesOf(expected);
    }

    @Test
    void eachSectionIsReadInTableOrderWithItsRoleAndItsOwnClassification() {
        ModelAssessment check = assess(ONLINE, DOCS + ", \"chk.latency\": true, \"chk.dashboard\": true")
                .model("check");

        assertThat(check.sections()).extracting(SectionCompletion::section, SectionCompletion::role,
                SectionCompletion::complete).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Docs", SectionRole.REQUIRED, true),
                org.assertj.core.groups.Tuple.tuple("Serving", SectionRole.REQUIRED, false),
                org.assertj.core.groups.Tuple.tuple("Extras", SectionRole.EXTRA, false));
        assertThat(check.dimensions()).extracting(d -> d.dimension() + " " + d.level() + " " + d.levelName())
                .containsExactly("Docs 1 Complete", "Serving 0 Not complete", "Extras 0 Not complete");
        assertThat(check.sections().get(2).unmet()).singleElement().satisfies(extra -> {
            assertThat(extra.criterion()).isEqualTo("chk-alerts");
            assertThat(extra.level()).as("an extra statement gates nothing").isZero();
            assertThat(extra.remediation()).isEqualTo("Page someone.");
        });
        assertThat(check.met()).extracting(MetCriterion::criterion)
                .containsExactly("chk-readme", "chk-api-docs", "chk-latency", "chk-dashboard");
        assertThat(check.summary()).isEqualTo("Level 0, Not complete: not complete: 1 of 2 required sections "
                + "complete (Docs 2/2, Serving 1/2); 1 required statement unmet. Extra sections: 1/2 met "
                + "(Extras 1/2).");
    }

    @Test
    void aCompleteChecklistRestsOnItsRequiredStatementsAndSaysSo() {
        ModelAssessment check = assess(OFFLINE, DOCS + ", \"chk.dashboard\": true").model("check");

        assertThat(check.restsOn()).extracting(LevelBasis::words)
                .containsExactly("level 1: 2 criteria met: 2 claimed");
        assertThat(check.notApplicable()).extracting(NotApplicable::criterion)
                .containsExactly("chk-latency", "chk-canary");
        assertThat(check.summary()).isEqualTo("Level 1, Complete: complete: all 2 required sections complete "
                + "(Docs 2/2, Serving 0/0). Extra sections: 1/2 met (Extras 1/2).");
    }

    @Test
    void theOutcomeOfAChecklistIsItsVerdictAndEveryStatementMet() {
        AssessmentResult result = assess(ONLINE, DOCS + ", \"chk.dashboard\": true");
        ModelOutcome outcome = advisor.outcomes(TeamInputReader.read("{\"team\": \"t\", \"context\": {" + ONLINE
                + "}, \"answers\": {" + DOCS + ", \"chk.dashboard\": true}}", advisor.catalog(),
                InputOptions.on(DAY))).stream().filter(o -> o.model().equals("check")).findFirst().orElseThrow();

        assertThat(outcome.level()).isEqualTo(result.model("check").level()).isZero();
        assertThat(outcome.score()).isNull();
        assertThat(outcome.met().keySet()).containsExactly("chk-readme", "chk-api-docs", "chk-dashboard");
    }
}
