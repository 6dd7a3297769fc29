package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.StoredLevel;

/** The history's small multiples, in plain Java: one chart per model on its own scale, stepped, nothing hidden. */
class HistoryChartTest {

    private static final MaturityModel SMALL = model("small", "Small Model", 2);
    private static final MaturityModel LARGE = model("large", "Large Model", 5);

    @Test
    void eachModelIsItsOwnChartOnItsOwnScaleNamedAndOldestFirst() {
        List<HistoryChart.Panel> panels = HistoryChart.of(List.of(
                entry(2, 0, 3), entry(1, 1, 0)), List.of(SMALL, LARGE));
        assertThat(panels).extracting(p -> p.data().name()).containsExactly("Small Model", "Large Model");
        assertThat(panels).extracting(p -> p.data().topLevel()).containsExactly(2, 5);
        assertThat(panels.get(0).data().points()).extracting(HistoryChart.Point::seq).containsExactly(1, 2);
        assertThat(panels.get(0).data().points()).extracting(HistoryChart.Point::level).containsExactly(1, 0);
        assertThat(panels.get(1).plot().yTicks()).hasSize(6);
    }

    @Test
    void theLineStepsAndEveryPointIsDrawnSoALineAtZeroStaysAboveTheAxis() {
        HistoryChart.Panel zeros = HistoryChart.of(List.of(entry(3, 0, 2), entry(2, 0, 1), entry(1, 0, 1)),
                List.of(SMALL, LARGE)).get(0);
        assertThat(zeros.plot().path()).matches("M[0-9.]+ [0-9.]+( H[0-9.]+ V[0-9.]+){2}");
        assertThat(zeros.plot().dots()).hasSize(3).allSatisfy(dot ->
                assertThat(dot.y()).isLessThan(zeros.plot().axisY()));
    }

    @Test
    void aModelMissingFromAnOlderAssessmentHasAGapThereNotAZero() {
        HistoryEntry before = new HistoryEntry(1, at(1), "a", "v1", List.of(new StoredLevel("small", 1, "one", null)));
        HistoryEntry after = entry(2, 2, 4);
        HistoryChart.Panel large = HistoryChart.of(List.of(after, before), List.of(SMALL, LARGE)).get(1);
        assertThat(large.data().points()).extracting(HistoryChart.Point::level).containsExactly(null, 4);
        assertThat(large.plot().dots()).hasSize(1);
        assertThat(large.plot().path()).startsWith("M").doesNotContain("H");
    }

    @Test
    void aModelTheRulesNoLongerHaveKeepsItsIdOnTheScaleOfItsHighestLevel() {
        HistoryEntry gone = new HistoryEntry(1, at(1), "a", "v1", List.of(new StoredLevel("old", 3, "three", null)));
        List<HistoryChart.Panel> panels = HistoryChart.of(List.of(gone), List.of(SMALL));
        assertThat(panels).as("a model never assessed has no chart").hasSize(1);
        assertThat(panels.get(0).data().name()).isEqualTo("old");
        assertThat(panels.get(0).data().topLevel()).isEqualTo(3);
    }

    @Test
    void aLongHistoryLabelsAFewAssessmentsOnTheAxisButDrawsThemAll() {
        List<HistoryEntry> many = new ArrayList<>();
        for (int seq = 40; seq >= 1; seq--) {
            many.add(entry(seq, seq % 3, seq % 6));
        }
        HistoryChart.Panel panel = HistoryChart.of(many, List.of(SMALL, LARGE)).get(0);
        assertThat(panel.plot().dots()).hasSize(40);
        assertThat(panel.plot().xTicks()).hasSizeBetween(2, 8);
        assertThat(panel.plot().xTicks().get(0).number()).isEqualTo("#1");
    }

    private static HistoryEntry entry(int seq, int small, int large) {
        return new HistoryEntry(seq, at(seq), "a", "v1", List.of(new StoredLevel("small", small, "s" + small, null),
                new StoredLevel("large", large, "l" + large, null)));
    }

    private static OffsetDateTime at(int day) {
        return OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusDays(day);
    }

    private static MaturityModel model(String id, String name, int top) {
        List<Level> levels = new ArrayList<>();
        for (int n = 0; n <= top; n++) {
            levels.add(new Level(id, n, "level " + n, "", ModelKind.GATED, null, null));
        }
        return new MaturityModel(id, name, "test", ModelKind.GATED, levels, List.of(), List.of());
    }
}
