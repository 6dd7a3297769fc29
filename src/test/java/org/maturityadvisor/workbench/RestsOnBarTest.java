package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.definition.ModelKind;

/** The verdict's bar of what a model's reached level rests on: confirmed, evidenced, claimed, left to right. */
class RestsOnBarTest {

    private static ModelAssessment model(int level, List<LevelBasis> restsOn) {
        return new ModelAssessment("m", "Model", ModelKind.GATED, level, "name", 4, null, null, "summary", List.of(),
                List.of(), List.of(), List.of(), restsOn);
    }

    @Test
    void theReachedLevelsCountsAreTheBarsPartsInProportion() {
        RestsOnBar bar = RestsOnBar.of(model(2, List.of(new LevelBasis(1, 2, 0, 0, 2, 0),
                new LevelBasis(2, 8, 2, 2, 4, 1))));
        assertThat(bar.words()).isEqualTo("level 2: 8 criteria met: 2 confirmed, 2 evidenced, 4 claimed (1 stale)");
        assertThat(bar.segments()).containsExactly(new RestsOnBar.Segment("confirmed", "0.00", "25.00"),
                new RestsOnBar.Segment("evidenced", "25.00", "25.00"),
                new RestsOnBar.Segment("claimed", "50.00", "50.00"));
    }

    @Test
    void aModelAtLevelZeroRestsOnNoCriterionAndDrawsAnEmptyTrack() {
        RestsOnBar bar = RestsOnBar.of(model(0, List.of()));
        assertThat(bar.words()).isEqualTo("level 0: no criterion met to rest on");
        assertThat(bar.segments()).containsExactly(new RestsOnBar.Segment("none", "0", "100"));
    }
}
