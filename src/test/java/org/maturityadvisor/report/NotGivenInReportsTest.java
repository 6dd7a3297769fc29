package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.maturityadvisor.testing.TableGrid;

/**
 * A model whose source gives no remediation, effort or level names (a small table built here): it loads with
 * warnings, and every report shows those cells as "not given", never blank or "null".
 */
class NotGivenInReportsTest {

    @TempDir
    Path temp;

    private static List<List<String>> quietModel() {
        return TableGrid.ruleSet("org.maturityadvisor.rules.quiet")
                .table("Model", TableGrid.MODEL, List.of(List.of("quiet", "Quiet model",
                        "a source that gives no advice", "gated")))
                .table("Levels", TableGrid.LEVELS, List.of(List.of("quiet", "0", ""), List.of("quiet", "1", "")))
                .table("Dimensions", TableGrid.DIMENSIONS, List.of(List.of("quiet", "Release")))
                .table("Criteria", TableGrid.CRITERIA, List.of(List.of("quiet-scripted", "quiet", "1", "Release",
                        "Is the release scripted?", "release.method", "scripted", "", "")))
                .rows();
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
