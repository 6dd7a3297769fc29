package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.EvidenceLadder;

/**
 * The evidence and applicability columns, judged by the real rules (promotion.drl, scoring.drl) over a table that uses
 * each of them: what a criterion needs beyond the value, a stale answer, "not applicable" by the team and by context,
 * and a scored test left out of its section.
 */
class EvidenceJudgementTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");
    private static final String EVIDENCE = "[{\"link\": \"https://ci.example.com/1\", \"recordedBy\": \"ana\"}]";
    private static final String CONFIRMED = "[{\"note\": \"seen\", \"recordedBy\": \"ana\", \"confirmedBy\": \"ben\"}]";
    private static Advisor advisor;

    @TempDir
    static Path temp;

    @BeforeAll
    static void load() {
        advisor = RuleSetLoader.load(EvidenceLadder.into(temp.resolve("rules")).directory());
    }

    private static AssessmentResult assess(String context, String answers) {
        String input = "{\"team\": \"t\", \"context\": {" + context + "}, \"answers\": {" + answers + "}}";
        return advisor.assess(TeamInputReader.read(input, advisor.catalog(), InputOptions.on(DAY)));
    }

    /** Each criterion's status (with the doubt, for unknown ones), as "met", "unknown: stale", "not-applicable". */
    private static Map<String, String> states(ModelAssessment model) {
        Map<String, String> states = new TreeMap<>();
        model.met().forEach(m -> states.put(m.criterion(), "met"));
        model.notApplicable().forEach(n -> states.put(n.criterion(), "not-applicable" + (n.byContext() ? " by context"
                : "")));
        model.blockedLevels().forEach(level -> level.blockers().forEach(b -> states.put(b.criterion(),
                b.status().id() + (b.doubt() == null ? "" : ": " + b.doubt().id()))));
        return states;
    }

    private static final String ALL_CLAIMED = "\"ladder.deploy\": \"pipeline\", \"ladder.audit\": true, "
            + "\"ladder.review\": true, \"ladder.abtest\": true";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("bare claims: a criterion needing evidence is unknown, claimed without evidence", "",
                        ALL_CLAIMED, 0, Map.of("ladder-audited", "unknown: claimed-without-evidence",
                                "ladder-reviewed", "unknown: claimed-without-evidence", "ladder-scripted", "met")),
                Arguments.of("evidence meets Needs evidence; unconfirmed evidence does not meet Needs confirmation",
                        "", "\"ladder.deploy\": \"pipeline\", \"ladder.abtest\": true, "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + EVIDENCE + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + EVIDENCE + "}", 1,
                        Map.of("ladder-audited", "met", "ladder-reviewed", "unknown: evidence-not-confirmed")),
                Arguments.of("confirmed evidence meets Needs confirmation", "",
                        "\"ladder.deploy\": \"pipeline\", \"ladder.abtest\": true, "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + CONFIRMED + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}", 2,
                        Map.of("ladder-audited", "met", "ladder-reviewed", "met", "ladder-pipeline", "met")),
                Arguments.of("a stale answer blocks only where Stale blocks says so", "",
                        "\"ladder.deploy\": {\"value\": \"pipeline\", \"asOf\": \"2026-05-01\"}, "
                                + "\"ladder.abtest\": true, "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + CONFIRMED + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}", 1,
                        Map.of("ladder-scripted", "met", "ladder-pipeline", "unknown: stale")),
                Arguments.of("an answer below the required value is absent, whatever its evidence", "",
                        "\"ladder.deploy\": {\"value\": \"manual\", \"evidence\": " + CONFIRMED + "}", 0,
                        Map.of("ladder-scripted", "absent", "ladder-audited", "unknown: unanswered")),
                Arguments.of("the team's not applicable leaves a criterion that allows it out of the gate", "",
                        "\"ladder.deploy\": \"pipeline\", "
                                + "\"ladder.abtest\": {\"notApplicable\": true, \"reason\": \"batch only\"}, "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + CONFIRMED + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}", 2,
                        Map.of("ladder-abtest", "not-applicable")),
                Arguments.of("not applicable where the criterion does not allow it is unknown", "",
                        "\"ladder.deploy\": \"pipeline\", "
                                + "\"ladder.audit\": {\"notApplicable\": true, \"reason\": \"no releases\"}", 0,
                        Map.of("ladder-audited", "unknown: not-applicable-refused")),
                Arguments.of("a context outside Applies when leaves the criterion out, answered or not",
                        "\"" + EvidenceLadder.SERVING + "\": \"offline\"",
                        "\"ladder.deploy\": \"pipeline\", "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + CONFIRMED + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}", 2,
                        Map.of("ladder-abtest", "not-applicable by context")),
                Arguments.of("a context inside Applies when keeps the criterion", "\"" + EvidenceLadder.SERVING
                                + "\": \"online\"", "\"ladder.deploy\": \"pipeline\", "
                                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + CONFIRMED + "}, "
                                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}", 1,
                        Map.of("ladder-abtest", "unknown: unanswered")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theLadderJudgesWhatEachCriterionAsksBeyondTheValue(String name, String context, String answers, int level,
                                                              Map<String, String> expected) {
        ModelAssessment ladder = assess(context, answers).model("ladder");

        assertThat(states(ladder)).containsAllEntriesOf(expected);
        assertThat(ladder.level()).isEqualTo(level);
    }

    @Test
    void eachLevelReachedSaysHowMuchRestsOnConfirmedEvidenceEvidenceAndClaims() {
        AssessmentResult result = assess("", "\"ladder.deploy\": \"pipeline\", \"ladder.abtest\": true, "
                + "\"ladder.audit\": {\"value\": true, \"evidence\": " + EVIDENCE + "}, "
                + "\"ladder.review\": {\"value\": true, \"evidence\": " + CONFIRMED + "}");

        assertThat(result.model("ladder").restsOn()).extracting(LevelBasis::words).containsExactly(
                "level 1: 2 criteria met: 1 evidenced, 1 claimed",
                "level 2: 3 criteria met: 1 confirmed, 2 claimed");
        assertThat(result.restsOn().words()).isEqualTo("rests on 4 answers: 1 confirmed, 1 evidenced, 2 bare claims");
        assertThat(result.model("ladder").met()).filteredOn(m -> m.criterion().equals("ladder-audited"))
                .singleElement().satisfies(m -> assertThat(m.basis().evidence()).singleElement()
                        .satisfies(item -> assertThat(item.link()).isEqualTo("https://ci.example.com/1")));
    }

    @Test
    void aStaleAnswerThatStillCountsIsReportedStale() {
        ModelAssessment ladder = assess("", "\"ladder.deploy\": {\"value\": \"scripted\", \"asOf\": \"2026-01-01\"}")
                .model("ladder");

        assertThat(ladder.met()).filteredOn(m -> m.criterion().equals("ladder-scripted")).singleElement()
                .satisfies(m -> assertThat(m.basis().stale()).isTrue());
        assertThat(ladder.restsOn()).isEmpty();
    }

    @Test
    void aBlockerSaysWhyAClaimStillCountsAsUnknown() {
        Blocker audited = assess("", ALL_CLAIMED).model("ladder").blockedLevels().get(0).blockers().stream()
                .filter(b -> b.criterion().equals("ladder-audited")).findFirst().orElseThrow();

        assertThat(audited.statusWords()).isEqualTo("unknown: claimed without evidence");
        assertThat(audited.observed()).isEqualTo("yes");
    }

    @Test
    void aScoredTestThatDoesNotApplyIsLeftOutOfItsSectionWhichIsScaledToItsApplicableTests() {
        String audited = "\"ladder.audit\": {\"value\": true, \"evidence\": " + EVIDENCE + "}";
        ModelAssessment counted = assess("", audited + ", \"ladder.abtest\": false").model("rubric");
        ModelAssessment leftOut = assess("", audited + ", \"ladder.abtest\": {\"notApplicable\": true, "
                + "\"reason\": \"batch only\"}").model("rubric");
        ModelAssessment claimed = assess("", "\"ladder.audit\": true, \"ladder.abtest\": {\"notApplicable\": true, "
                + "\"reason\": \"batch only\"}").model("rubric");

        assertThat(counted.score()).isEqualTo(1.0);
        assertThat(counted.level()).isZero();
        assertThat(leftOut.score()).as("1 of 1 applicable point, scaled to the section's 2").isEqualTo(2.0);
        assertThat(leftOut.level()).isEqualTo(1);
        assertThat(leftOut.notApplicable()).extracting(NotApplicable::criterion, NotApplicable::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rubric-abtest", "batch only"));
        assertThat(claimed.score()).as("a claim without the evidence its test needs earns nothing").isZero();
    }

    @Test
    void aTargetRowsContextConditionMatchesOnlyATeamThatStatesAnAllowedValue(@TempDir Path dir) {
        Advisor withTarget = RuleSetLoader.load(EvidenceLadder.withContextTarget(dir.resolve("rules")).directory());
        java.util.function.Function<String, Integer> target = context -> withTarget.assess(TeamInputReader.read(
                "{\"context\": {" + context + "}}", withTarget.catalog())).target().target();

        assertThat(target.apply("\"" + EvidenceLadder.SERVING + "\": \"online\"")).isEqualTo(3);
        assertThat(target.apply("\"" + EvidenceLadder.SERVING + "\": \"offline\"")).isEqualTo(1);
        assertThat(target.apply("")).as("a team that does not say how it serves").isEqualTo(1);
    }
}
