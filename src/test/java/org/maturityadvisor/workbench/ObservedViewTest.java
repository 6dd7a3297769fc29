package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.scan.ContentPattern;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.PathGlob;

/**
 * Claimed vs observed as the pages read it: the bar's parts and counts, rows in the questionnaire's order with
 * disagreements first, each sighting with what its detector shows; and observed as its own kind in the bars of what a
 * level and a result rest on, and beside a criterion's basis.
 */
class ObservedViewTest {

    private static final Practice TESTS = new Practice("ci.tests", "CI", PracticeType.CHOICE,
            List.of("none", "unit", "integration"), "Which tests does the code have?", "");
    private static final Practice BUILDS = new Practice("ci.builds", "CI", PracticeType.YES_NO, List.of(),
            "Are builds automated?", "");
    private static final Practice TRACKING = new Practice("ml.tracking", "ML", PracticeType.CHOICE,
            List.of("none", "ad-hoc", "centralized"), "How are experiments tracked?", "");
    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(TESTS, BUILDS, TRACKING));
    private static final Sighting TEST_FILE = new Sighting("pytest-file", "tests/test_a.py", 4, "def test_a():");
    private static final Sighting OTHER_FILE = new Sighting("pytest-file", "tests/test_b.py", 2, "def test_b():");
    private static final Detectors DETECTORS = new Detectors(List.of(new Detector("pytest-file", "ci.tests", "unit",
            1, PathGlob.parse("test_*.py").glob(), new ContentPattern.Literal("def test_"),
            "a pytest test function", List.of("python"))));

    private static ClaimCheck check(String practice, String claimed, String observed, Agreement agreement,
                                    Sighting... sightings) {
        return new ClaimCheck(practice, claimed, observed, agreement, List.of(sightings));
    }

    @Test
    void theBarCountsEachKindAndTheRowsPutDisagreementsFirstThenTheQuestionnairesOrder() {
        ObservedView view = ObservedView.of(List.of(
                check("ci.tests", "unit", "unit", Agreement.AGREES, TEST_FILE, OTHER_FILE),
                check("ml.tracking", null, "centralized", Agreement.FOUND_NOT_ANSWERED,
                        new Sighting("gone-detector", "train.py", 3, "mlflow.log_metric(")),
                check("ci.builds", "yes", null, Agreement.CLAIMED_NOT_FOUND)), CATALOG, DETECTORS);

        assertThat(view.words()).isEqualTo("3 practices compared with the repository: 1 disagrees (1 claimed but "
                + "not found)");
        assertThat(view.counts()).extracting(ObservedView.Count::kind, ObservedView.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agrees", 1),
                        org.assertj.core.groups.Tuple.tuple("claimed-not-found", 1),
                        org.assertj.core.groups.Tuple.tuple("found-not-answered", 1));
        assertThat(view.segments()).extracting(ObservedView.Segment::x, ObservedView.Segment::width)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.00", "33.33"),
                        org.assertj.core.groups.Tuple.tuple("33.33", "33.33"),
                        org.assertj.core.groups.Tuple.tuple("66.67", "33.33"));
        assertThat(view.rows()).extracting(ObservedView.Row::practice)
                .containsExactly("ci.builds", "ci.tests", "ml.tracking");
        ObservedView.Row builds = view.rows().get(0);
        assertThat(builds.disagrees()).isTrue();
        assertThat(builds.question()).isEqualTo("Are builds automated?");
        assertThat(builds.observed()).isEqualTo("not found");
        assertThat(builds.first()).isNull();
        ObservedView.Row tests = view.rows().get(1);
        assertThat(tests.first()).isEqualTo(new ObservedView.Seen("tests/test_a.py:4", "def test_a():",
                "pytest-file", "a pytest test function"));
        assertThat(tests.more()).isEqualTo("All 2 places in the files");
        ObservedView.Row tracking = view.rows().get(2);
        assertThat(tracking.claimed()).isEqualTo("not answered");
        assertThat(tracking.first().shows()).as("a detector the active rules no longer have").isEmpty();
    }

    @Test
    void noRepositoryReadMeansNothingToShow() {
        assertThat(ObservedView.of(List.of(), CATALOG, DETECTORS)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tallies")
    void theWordsCountDisagreementsWithTheirPlurals(String expected, List<Agreement> agreements) {
        java.util.Map<Agreement, Integer> tally = new java.util.EnumMap<>(Agreement.class);
        agreements.forEach(agreement -> tally.merge(agreement, 1, Integer::sum));
        assertThat(ObservedView.words(tally, agreements.size())).isEqualTo(expected);
    }

    static Stream<Arguments> tallies() {
        return Stream.of(
                Arguments.of("1 practice compared with the repository: none disagrees", List.of(Agreement.AGREES)),
                Arguments.of("3 practices compared with the repository: 3 disagree (2 claimed but not found, "
                        + "1 found but answered lower)", List.of(Agreement.CLAIMED_NOT_FOUND,
                        Agreement.CLAIMED_NOT_FOUND, Agreement.FOUND_ANSWERED_LOWER)),
                Arguments.of("2 practices compared with the repository: none disagrees",
                        List.of(Agreement.NEITHER, Agreement.FOUND_NOT_ANSWERED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void aCriterionsBasisSaysWhereTheFilesShowItAndFlagsADisagreement(String name, Basis basis, String seenAt,
                                                                      String repository) {
        EvidenceLinks links = new EvidenceLinks();
        assertThat(links.seenAt(basis)).isEqualTo(seenAt);
        assertThat(links.repository(basis)).isEqualTo(repository);
    }

    static Stream<Arguments> bases() {
        Observation unit = new Observation("ci.tests", "unit", 1, List.of(TEST_FILE));
        Observation integration = new Observation("ci.tests", "integration", 2, List.of(OTHER_FILE));
        return Stream.of(
                Arguments.of("agrees", new Basis(Support.OBSERVED, false, null, List.of(), unit, Agreement.AGREES),
                        "tests/test_a.py:4", null),
                Arguments.of("found, not answered", new Basis(Support.OBSERVED, false, null, List.of(), unit,
                        Agreement.FOUND_NOT_ANSWERED), "tests/test_a.py:4", null),
                Arguments.of("confirmed and observed", new Basis(Support.CONFIRMED, false, null, List.of(), unit,
                        Agreement.AGREES), null, "also observed in the repository at tests/test_a.py:4"),
                Arguments.of("claimed, nothing found", new Basis(Support.CLAIMED, false, null, List.of(), null,
                        Agreement.CLAIMED_NOT_FOUND), null, "claimed but not found"),
                Arguments.of("claimed more than found", new Basis(Support.CLAIMED, false, null, List.of(), unit,
                        Agreement.CLAIMED_NOT_FOUND), null,
                        "claimed but not found: the files show only unit (tests/test_a.py:4)"),
                Arguments.of("answered lower", new Basis(Support.OBSERVED, false, null, List.of(), integration,
                        Agreement.FOUND_ANSWERED_LOWER), "tests/test_b.py:2",
                        "found but answered lower: the files show integration (tests/test_b.py:2)"),
                Arguments.of("no repository read", new Basis(Support.CLAIMED, false, null, List.of()), null, null));
    }

    @Test
    void observedIsItsOwnPartOfTheBarsOfWhatALevelAndAResultRestOn() {
        ModelAssessment model = new ModelAssessment("m", "Model", ModelKind.GATED, 1, "name", 4, null, null,
                "summary", List.of(), List.of(), List.of(), List.of(), List.of(new LevelBasis(1, 4, 1, 1, 1, 0, 1)));
        assertThat(RestsOnBar.of(model).segments()).extracting(RestsOnBar.Segment::kind)
                .containsExactly("confirmed", "observed", "evidenced", "claimed");

        AnswerBasisBar bar = AnswerBasisBar.of(new ResultBasis(4, 1, 1, 1, 0, 0, 1, 1));
        assertThat(bar.segments()).extracting(AnswerBasisBar.Segment::kind, AnswerBasisBar.Segment::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("confirmed", 1),
                        org.assertj.core.groups.Tuple.tuple("observed", 1),
                        org.assertj.core.groups.Tuple.tuple("evidenced", 1),
                        org.assertj.core.groups.Tuple.tuple("claimed", 1));
        assertThat(bar.segments().get(1).label()).isEqualTo("observed in the team's repository");
        assertThat(AnswerBasisBar.of(new ResultBasis(2, 0, 1, 1, 0, 0)).segments())
                .as("no repository read: the bar as before").extracting(AnswerBasisBar.Segment::kind)
                .containsExactly("confirmed", "evidenced", "claimed");
    }
}
