package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.RulesFixture;

/**
 * A model whose source gives no remediation, effort or level names (a small table built here): it loads with
 * warnings, and every report shows those cells as "not given", never blank or "null".
 */
class NotGivenInReportsTest {

    @TempDir
    Path temp;

    private static List<List<String>> quietModel() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.quiet"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("quiet", "Quiet model", "a source that gives no advice", "gated"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(3, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");"));
        rows.add(List.of("Model", "Level", "Level name"));
        rows.add(List.of("quiet", "0", ""));
        rows.add(List.of("quiet", "1", ""));
        rows.add(List.of());
        rows.add(List.of("RuleTable Dimensions"));
        rows.add(Collections.nCopies(2, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "d.name(\"$param\");"));
        rows.add(List.of("Model", "Dimension"));
        rows.add(List.of("quiet", "Release"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Criteria"));
        rows.add(Collections.nCopies(9, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.level(\"$param\");", "c.dimension(\"$param\");", "c.text(\"$param\");", "c.practice(\"$param\");",
                "c.required(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");"));
        rows.add(List.of("Criterion id", "Model", "Level", "Dimension", "Criterion", "Practice", "Required value",
                "Remediation", "Effort"));
        rows.add(List.of("quiet-scripted", "quiet", "1", "Release", "Is the release scripted?", "release.method",
                "scripted", "", ""));
        return rows;
    }

    @Test
    void blankRemediationEffortAndLevelNamesAreWarningsAndShownAsNotGiven() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("quiet.drl.xlsx", quietModel());

        assertThat(rules.validate().findings()).filteredOn(f -> f.file().equals("quiet.drl.xlsx"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .extracting(f -> f.cell() + " " + f.message()).containsExactly(
                        "C15 Level name is blank: level 0 is shown as \"not given\"",
                        "C16 Level name is blank: level 1 is shown as \"not given\"",
                        "H30 Remediation is blank: shown as \"not given\"",
                        "I30 Effort is blank: shown as \"not given\"; plans order it after stated efforts");

        Advisor advisor = RuleSetLoader.load(rules.directory());
        AssessmentResult result = advisor.assess(new TeamProfile("Quiet team", TeamContext.unknown(),
                advisor.catalog().answers(Map.of("release.method", "manual"), "answers.")));
        ModelAssessment quiet = result.model("quiet");
        assertThat(quiet.levelName()).isNull();
        assertThat(quiet.nextLevelBlockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.remediation()).isNull();
            assertThat(blocker.effort()).isEqualTo(Effort.NOT_GIVEN);
        });

        for (String report : List.of(TextReport.render(result), MarkdownReport.render(result),
                HtmlReport.render(result))) {
            String quietPart = report.substring(report.indexOf("Quiet model"));
            assertThat(quietPart).contains("not given").doesNotContain("null");
        }
    }
}
