package org.maturityadvisor.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small scored model over existing practices, laid out as an analyst would in a new spreadsheet: the rows of a
 * brand-new table for {@link RulesFixture#writeTable}.
 */
public final class ReleaseRubric {

    private ReleaseRubric() {
    }

    /**
     * @param setting           the row after Import (empty, or e.g. a Notes or Functions setting)
     * @param topBandFloor      band 2's "Score above"
     * @param pointsOfFirstTest the Points cell of test rr-method
     */
    public static List<List<String>> rows(List<String> setting, String topBandFloor, String pointsOfFirstTest) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.releaserubric"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.ModelRow, org.maturityadvisor.definition.LevelRow, "
                + "org.maturityadvisor.definition.CriterionRow"));
        rows.add(setting);
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("release-rubric", "Release rubric", "an analyst's own rubric", "scored"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");", "l.scoreAbove(\"$param\");"));
        rows.add(List.of("Model", "Band", "Band name", "Score above"));
        rows.add(List.of("release-rubric", "0", "Fragile", ""));
        rows.add(List.of("release-rubric", "1", "Sound", "1"));
        rows.add(List.of("release-rubric", "2", "Solid", topBandFloor));
        rows.add(List.of());
        rows.add(List.of("RuleTable Tests"));
        rows.add(Collections.nCopies(8, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.dimension(\"$param\");", "c.practice(\"$param\");", "c.points(\"$param\");",
                "c.text(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");"));
        rows.add(List.of("Test id", "Model", "Section", "Practice", "Points", "Test", "Remediation", "Effort"));
        rows.add(List.of("rr-method", "release-rubric", "Release", "release.method", pointsOfFirstTest,
                "Is the release automated?", "Automate the release.", "large"));
        rows.add(List.of("rr-ab", "release-rubric", "Release", "release.ab-testing", "yes: 1",
                "Are models compared on live traffic?", "Compare models on live traffic.", "large"));
        rows.add(List.of("rr-tests", "release-rubric", "Testing", "integration.model-tests",
                "basic: 1, every-release: 2", "Is every release tested?", "Test every release.", "medium"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Dimensions"));
        rows.add(Collections.nCopies(2, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "d.name(\"$param\");"));
        rows.add(List.of("Model", "Section"));
        rows.add(List.of("release-rubric", "Release"));
        rows.add(List.of("release-rubric", "Testing"));
        return rows;
    }
}
