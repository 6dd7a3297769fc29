package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SourceRow;

/**
 * A gated dimension passes a level at which it has no criteria as soon as it passes the one below; its reading says
 * which levels those are, so a dimension that reached the top only by default is not shown as earning it.
 */
class NoCriteriaHereTest {

    private static Criterion criterion(String id, int level, String dimension) {
        return new Criterion(id, "m", level, dimension, "Is it so?", "p." + id, "yes", 1, "Do it.", Effort.SMALL,
                new SourceRow("m.drl.csv", 10), ModelKind.GATED, List.of());
    }

    @Test
    void eachGatedDimensionNamesTheLevelsItHasNoCriteriaAt() {
        List<Level> levels = new ArrayList<>();
        for (int n = 0; n <= 3; n++) {
            levels.add(new Level("m", n, "L" + n, "", ModelKind.GATED, null, null));
        }
        List<Criterion> criteria = List.of(criterion("every-1", 1, "Every"), criterion("every-2", 2, "Every"),
                criterion("every-3", 3, "Every"), criterion("low-1", 1, "Low"), criterion("high-3", 3, "High"));
        MaturityModel model = new MaturityModel("m", "M", "", ModelKind.GATED, levels, List.of(
                new Dimension("m", "Every", ModelKind.GATED), new Dimension("m", "Low", ModelKind.GATED),
                new Dimension("m", "High", ModelKind.GATED)), criteria);
        // every criterion met: the rules classify every level for the model and each dimension
        List<Classification> classifications = new ArrayList<>();
        for (String dimension : new String[] {null, "Every", "Low", "High"}) {
            for (int n = 0; n <= 3; n++) {
                classifications.add(new Classification("m", dimension, n));
            }
        }
        List<CriterionResult> results = criteria.stream().map(c -> new CriterionResult(c, CriterionStatus.MET,
                "yes", "m", ModelKind.GATED, c.level(), c.dimension(), 0, null, null, null, false, 0, 0)).toList();
        RuleFindings findings = new RuleFindings(results, classifications, List.of(), List.of(), List.of(), List.of(),
                List.of());

        ModelAssessment assessed = Explainer.explain(model, findings);

        assertThat(assessed.dimensions()).extracting(d -> d.dimension() + " " + d.level() + " " + d.noCriteriaAt()
                + (d.byDefaultOnly() ? " by default only" : "")).containsExactly(
                "Every 3 []", "Low 3 [2, 3]", "High 3 [1, 2]");
    }
}
