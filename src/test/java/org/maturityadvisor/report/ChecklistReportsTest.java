package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.testing.ChecklistResult;

/**
 * A checklist model in the text, Markdown and HTML reports: the verdict and the extras beside it, every section's
 * completion with its role, each unmet statement (unknown vs absent, remediation and effort, "not given" when blank),
 * never a ladder of levels 0-1.
 */
class ChecklistReportsTest {

    private final AssessmentResult result = ChecklistResult.of("Payments ML");

    @Test
    void theTextReportLeadsWithTheVerdictAndListsEverySectionsUnmetStatements() {
        String text = TextReport.render(result);

        assertThat(text).contains("Small checklist                          not yet Mature: 1 of 2 required "
                + "sections complete; extra section: 1 of 2 statements met, 0 of 1 section complete");
        assertThat(text).contains("  Verdict: not yet Mature: 1 of 2 required sections complete");
        assertThat(text).contains("Traceability               required 1 of 3 met, 2 unmet");
        assertThat(text).contains("Extras                     extra    1 of 2 met, 1 unmet");
        assertThat(text).contains("list-trace-code UNKNOWN: not answered", "list-trace-data ABSENT",
                "Remediation: not given", "effort not given", "Remediation: Keep the code in git.");
        assertThat(text).doesNotContain("Level 0 of 1", "null");
    }

    @Test
    void theMarkdownReportHasASectionTableAndTheUnmetStatementsPerSection() {
        String md = MarkdownReport.render(result);

        assertThat(md).contains("| Small checklist | not yet Mature: 1 of 2 required sections complete | extra "
                + "section: 1 of 2 statements met, 0 of 1 section complete |");
        assertThat(md).contains("| Documentation | required | 2 | 2 | yes |", "| Traceability | required | 1 | 3 | no |",
                "| Extras | extra | 1 | 2 | no |");
        assertThat(md).contains("### Traceability (required): 1 of 3 met, 2 unmet", "### Extras (extra)");
        assertThat(md).contains("| unknown: not answered |", "| not given | not given |");
        assertThat(md).doesNotContain("level 0 of 1", "null");
    }

    @Test
    void theHtmlReportHasTheSameSectionsEscaped() {
        String html = HtmlReport.render(result);

        assertThat(html).contains("<h2>Small checklist: not yet Mature: 1 of 2 required sections complete</h2>");
        assertThat(html).contains("<tr><td>Traceability</td><td>required</td><td>1</td><td>3</td><td>no</td></tr>");
        assertThat(html).contains("<h3>Extras (extra): 1 of 2 met, 1 unmet</h3>");
        assertThat(html).contains("<td>not given</td><td>not given</td>");
        assertThat(html).doesNotContain("null");
    }

    @Test
    void aCompleteChecklistStillReportsTheExtrasBesideTheVerdict() {
        String text = TextReport.render(ChecklistResult.completeOf("Payments ML"));

        assertThat(text).contains("  Verdict: Mature\n  Beside it, extra section: 1 of 2 statements met, "
                + "0 of 1 section complete");
    }
}
