package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.testing.SmallResult;

/** The Markdown report of a hand-built result: tables GitHub renders, and no markup taken from the input. */
class MarkdownReportTest {

    private final String md = MarkdownReport.render(SmallResult.withTarget("Payments ML"));

    @Test
    void opensWithOneRowPerModel() {
        assertThat(md).startsWith("# Maturity assessment: Payments ML\n\nRule set `sha256:0123456789abcdef`\n\n"
                + "| model | level | name | score | lines up with |\n|---|---|---|---|---|\n"
                + "| Ladder model | 1 of 3 | Scripted |  |  |\n"
                + "| Rubric model | 1 of 2 | Weak | 0.5 | ladder 0-1 |\n");
    }

    @Test
    void theTargetAndItsRoadmapAreATableOfBlockers() {
        assertThat(md).contains("\n## Target: level 2, Automated\n\nLadder model: now level 1 (below target). "
                        + "Two use cases in production need automation. (rule `target-2-in-production`)\n",
                "\n### Roadmap, level 2, Automated\n\n| blocking criterion | status |",
                "| `ladder-review` Is every change reviewed? | unknown: not answered | `people.review` | (unanswered) | yes |  | small "
                        + "| Answer the review practice. |\n");
    }

    @Test
    void eachModelListsWhatIsMetAndWhyNotEachLevelAbove() {
        assertThat(md).contains("\n## Ladder model: level 1, Scripted\n",
                "| `ladder-scripts` | 1 | `build.method` | scripted | scripted |  |\n",
                "\n### Why not level 2, Automated\n",
                "| `ladder-tests` Are tests automated? | answered, below what is required | `build.tests` | manual | automated |  | medium "
                        + "| Run the tests in CI. |\n",
                "\n### Why not level 3, Optimised\n\nIts own criteria are met; it waits for the levels below.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "a|b => a\\|b",
            "<script> => &lt;script&gt;",
            "*bold* _em_ => \\*bold\\* \\_em\\_",
            "`code` [link] => \\`code\\` \\[link]",
            "back\\slash => back\\\\slash"})
    void aCellTakesNoMarkupFromTheInput(String text, String cell) {
        assertThat(MarkdownReport.cell(text)).isEqualTo(cell);
    }

    @Test
    void aLineBreakInACellBecomesASpaceSoTheTableHolds() {
        assertThat(MarkdownReport.cell("two\r\nlines\n\nhere")).isEqualTo("two lines here");
        assertThat(MarkdownReport.cell(null)).isEmpty();
    }

    @Test
    void aTeamNameCannotOpenAHeadingOrATable() {
        assertThat(MarkdownReport.render(SmallResult.of("x | y\n# z"))).startsWith("# Maturity assessment: x \\| y # z\n");
    }
}
