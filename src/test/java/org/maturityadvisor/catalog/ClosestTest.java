package org.maturityadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Did you mean": the known names a slip of the keyboard was meant to be, and none when nothing is close. */
class ClosestTest {

    private static final List<String> IDS = List.of("creation.data-pipeline", "creation.managed-compute",
            "release.method", "release.ab-testing", "release.ownership");

    @Test
    void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Closest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Closest.distance("", "abc")).isEqualTo(3);
        assertThat(Closest.distance("same", "same")).isZero();
        assertThat(Closest.distance("release.methd", "release.method")).isEqualTo(1);
    }

    @Test
    void aTypoSuggestsTheIdItWasMeantToBe() {
        assertThat(Closest.to("creation.data-pipline", IDS)).containsExactly("creation.data-pipeline");
        assertThat(Closest.suggestion("release.ab-tseting", IDS)).isEqualTo("; did you mean release.ab-testing?");
    }

    @Test
    void anIdWithoutItsDimensionSuggestsTheFullId() {
        assertThat(Closest.to("method", IDS)).containsExactly("release.method");
    }

    @Test
    void severalCloseOnesAreListedNearestFirst() {
        assertThat(Closest.suggestion("manul", List.of("not-released", "manuel", "scripted", "manual")))
                .isEqualTo("; did you mean manual or manuel?");
    }

    @Test
    void nothingIsSuggestedForAKnownNameNorForOneFarFromAll() {
        assertThat(Closest.to("release.method", IDS)).isEmpty();
        assertThat(Closest.suggestion("continuous", List.of("not-released", "manual", "scripted", "ci-cd-pipeline")))
                .isEmpty();
        assertThat(Closest.to("x".repeat(10_000), IDS)).as("long input is no typo").isEmpty();
        assertThat(Closest.to(" ", IDS)).isEmpty();
    }
}
