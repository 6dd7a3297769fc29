package org.maturityadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How one practice reads a raw answer (a JSON scalar) as its canonical value and rank, or says what it expected. */
class PracticeTest {

    static final Practice AUTOMATED_BUILDS = new Practice("build.automated", "Build", PracticeType.YES_NO, List.of(),
            "Are builds automated?", null);
    static final Practice RELEASE_METHOD = new Practice("release.method", "Release", PracticeType.CHOICE,
            List.of("manual", "scripted", "ci-cd-pipeline"), "How is a model released?", null);

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(AUTOMATED_BUILDS, true, "yes", 1),
                Arguments.of(AUTOMATED_BUILDS, false, "no", 0),
                Arguments.of(AUTOMATED_BUILDS, "yes", "yes", 1),
                Arguments.of(AUTOMATED_BUILDS, "no", "no", 0),
                Arguments.of(AUTOMATED_BUILDS, " Yes ", "yes", 1),
                Arguments.of(AUTOMATED_BUILDS, "NO", "no", 0),
                Arguments.of(RELEASE_METHOD, "manual", "manual", 0),
                Arguments.of(RELEASE_METHOD, "scripted", "scripted", 1),
                Arguments.of(RELEASE_METHOD, " ci-cd-pipeline\t", "ci-cd-pipeline", 2));
    }

    static Stream<Arguments> refused() {
        String yesNo = "expected true or false (or \"yes\" / \"no\"), got ";
        String choice = "expected one of [manual, scripted, ci-cd-pipeline] (lowest first), got ";
        return Stream.of(
                Arguments.of(AUTOMATED_BUILDS, "maybe", yesNo + "\"maybe\""),
                Arguments.of(AUTOMATED_BUILDS, "true", yesNo + "\"true\""),
                Arguments.of(AUTOMATED_BUILDS, 1, yesNo + "1"),
                Arguments.of(AUTOMATED_BUILDS, "", yesNo + "\"\""),
                Arguments.of(RELEASE_METHOD, "Manual", choice + "\"Manual\"; did you mean manual?"),
                Arguments.of(RELEASE_METHOD, "scriptd", choice + "\"scriptd\"; did you mean scripted?"),
                Arguments.of(RELEASE_METHOD, "weekly", choice + "\"weekly\""),
                Arguments.of(RELEASE_METHOD, true, choice + "true"),
                Arguments.of(RELEASE_METHOD, 2, choice + "2"));
    }

    @ParameterizedTest(name = "{1} reads as {2}")
    @MethodSource("accepted")
    void anAnswerIsReadAsItsCanonicalValueAndRank(Practice practice, Object raw, String value, int rank) {
        assertThat(practice.answer(raw)).isEqualTo(new Answer(practice.id(), value, rank));
    }

    @ParameterizedTest(name = "{1} is refused: {2}")
    @MethodSource("refused")
    void anAnswerThatIsNotOneOfThePracticesValuesIsRefusedSayingWhatWasExpected(Practice practice, Object raw,
                                                                                 String reason) {
        assertThatThrownBy(() -> practice.answer(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @Test
    void aLongBadAnswerIsRepeatedOnlyInPart() {
        assertThatThrownBy(() -> RELEASE_METHOD.answer("x".repeat(10_000)))
                .hasMessageEndingWith("\u2026 (10000 characters)\"").message().hasSizeLessThan(400);
    }

    @Test
    void aYesNoPracticeIsAChoiceOfNoBelowYesWhateverChoicesItWasGiven() {
        Practice practice = new Practice("p", "D", PracticeType.YES_NO, List.of("yes", "no", "maybe"), "?", null);

        assertThat(practice.choices()).containsExactly("no", "yes");
        assertThat(practice.rankOf("maybe")).isEmpty();
    }

    @Test
    void aRankIsAValuesPlaceLowestFirstAndOnlyCanonicalValuesHaveOne() {
        assertThat(RELEASE_METHOD.rankOf("manual")).hasValue(0);
        assertThat(RELEASE_METHOD.rankOf("ci-cd-pipeline")).hasValue(2);
        assertThat(RELEASE_METHOD.rankOf(" manual")).isEmpty();
    }
}
