package org.maturityadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The catalog reads a team's raw answers against its practices: typed answers, or every problem at once. */
class PracticeCatalogTest {

    private final PracticeCatalog catalog = new PracticeCatalog(List.of(PracticeTest.RELEASE_METHOD,
            PracticeTest.AUTOMATED_BUILDS));

    @Test
    void keepsThePracticesInQuestionnaireOrderAndFindsThemById() {
        assertThat(catalog.practices()).extracting(Practice::id).containsExactly("release.method", "build.automated");
        assertThat(catalog.find("build.automated")).hasValue(PracticeTest.AUTOMATED_BUILDS);
        assertThat(catalog.find("build.automatic")).isEmpty();
    }

    @Test
    void aPracticeIdTwiceIsRefused() {
        assertThatThrownBy(() -> new PracticeCatalog(List.of(PracticeTest.RELEASE_METHOD, PracticeTest.RELEASE_METHOD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate practice id release.method");
    }

    @Test
    void readsEveryAnswerAsTypedAndLeavesANullOneUnanswered() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("release.method", "scripted");
        raw.put("build.automated", null);

        Answers answers = catalog.answers(raw, "answers.");

        assertThat(answers.all()).containsExactly(new Answer("release.method", "scripted", 1));
        assertThat(answers.get("build.automated")).as("unanswered is unknown, never no").isEmpty();
    }

    @Test
    void everyUnknownPracticeAndBadValueIsReportedAtOnceUnderTheFieldPrefix() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("release.methd", "manual");
        raw.put("release.method", "weekly");
        raw.put("build.automated", "perhaps");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> catalog.answers(raw, "plans[0].changes."));

        assertThat(refused.errors()).extracting(InputError::field).containsExactly("plans[0].changes.release.methd",
                "plans[0].changes.release.method", "plans[0].changes.build.automated");
        assertThat(refused.errors().get(0).reason()).startsWith("unknown practice id");
        assertThat(refused.errors().get(1).reason()).startsWith("expected one of [manual, scripted, ci-cd-pipeline]");
        assertThat(refused.title()).isEqualTo("Invalid team input");
    }

    @Test
    void answersCanBeChangedAndUnansweredWithoutTouchingTheOriginal() {
        Answers original = catalog.answers(Map.of("release.method", "manual"), "");
        Answer scripted = new Answer("release.method", "scripted", 1);

        assertThat(original.with(scripted).get("release.method")).hasValue(scripted);
        assertThat(original.without("release.method").size()).isZero();
        assertThat(original.get("release.method")).hasValue(new Answer("release.method", "manual", 0));
        assertThat(Answers.none().size()).isZero();
    }
}
