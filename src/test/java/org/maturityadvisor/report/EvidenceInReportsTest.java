package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maturityadvisor.testing.EvidencedResult;
import org.maturityadvisor.testing.SmallResult;

/**
 * What a result rests on, in every report: the result's and each level's counts, beside each met criterion and blocker
 * its basis and evidence, the criteria left out as not applicable with their reasons; and the evidence, which comes
 * from the team, cannot inject markup or a link of another scheme.
 */
class EvidenceInReportsTest {

    private final String md = MarkdownReport.render(EvidencedResult.of("Payments ML"));
    private final String html = HtmlReport.render(EvidencedResult.of("Payments ML"));
    private final String text = TextReport.render(EvidencedResult.of("Payments ML"));

    @Test
    void markdownSaysWhatTheResultAndEachLevelRestOn() {
        assertThat(md).contains("The result rests on 4 answers: 1 confirmed, 1 evidenced, 2 bare claims; 1 stale; "
                        + "1 not applicable.\n",
                "What it rests on:\n\n- level 1: 1 criterion met: 1 confirmed\n");
    }

    @Test
    void markdownShowsBesideAMetCriterionItsConfirmedEvidence() {
        assertThat(md).contains("| `ladder-release` | 1 | `release.method` | ci-cd-pipeline | ci-cd-pipeline | "
                + "evidence confirmed by a second person, as of 2026-11-02; <https://ci.example.com/pipelines/42> "
                + "deploy job runs on every push to main (recorded by ana 2026-11-02, confirmed by ben 2026-11-03) |\n");
    }

    @Test
    void markdownBlockersSayWhyAClaimStaysUnknown() {
        assertThat(md).contains("| `ladder-tests` Are tests automated? | unknown: claimed without evidence | "
                + "`build.tests` | automated | automated | a bare claim | small |");
    }

    @Test
    void markdownListsNotApplicableCriteriaApartWithTheirReasons() {
        assertThat(md).contains("\n### Not applicable: 2 criteria left out\n\n| criterion | level | practice | why |\n",
                "| `ladder-ab` Are models A/B tested? | 2 | `release.ab-testing` | marked not applicable: batch "
                        + "scoring only; &lt;no&gt; live traffic |\n",
                "| `ladder-latency` Is latency monitored? | 3 | `monitor.latency` | does not apply in the team's "
                        + "context |\n");
    }

    @Test
    void markdownNeverLinksAnotherSchemeNorTakesMarkupFromANote() {
        assertThat(md).doesNotContain("<script", "<javascript").doesNotContainPattern("(?<!\\\\)\\[x]\\(")
                .contains("javascript:alert(1) &lt;script&gt;alert(2)&lt;/script&gt;",
                        "\\[x](javascript:alert(3)) \\| \\*bold\\*");
    }

    @Test
    void markdownPercentEncodesWhatWouldEndAnAutolinkOrATableCell() {
        assertThat(md).contains("<https://wiki.example.com/a%7Cb%3Cc%3E%22d%60e>");
    }

    @Test
    void htmlSaysWhatItRestsOnAndLinksConfirmedEvidenceWithoutVouchingForIt() {
        assertThat(html).contains("<p>The result rests on 4 answers: 1 confirmed, 1 evidenced, 2 bare claims; "
                        + "1 stale; 1 not applicable.</p>",
                "<li>level 1: 1 criterion met: 1 confirmed</li>",
                "evidence confirmed by a second person, as of 2026-11-02<ul><li><a "
                        + "href=\"https://ci.example.com/pipelines/42\" rel=\"noopener noreferrer nofollow\">"
                        + "https://ci.example.com/pipelines/42</a> deploy job runs on every push to main (recorded by "
                        + "ana 2026-11-02, confirmed by ben 2026-11-03)</li>",
                "<td class=\"unknown\">unknown: claimed without evidence</td>",
                "<h3>Not applicable: 2 criteria left out</h3>",
                "marked not applicable: batch scoring only; &lt;no&gt; live traffic");
    }

    @Test
    void htmlEscapesHostileEvidenceAndNeverLinksAnotherScheme() {
        assertThat(html).doesNotContain("href=\"javascript", "<script")
                .contains("<li>javascript:alert(1) &lt;script&gt;alert(2)&lt;/script&gt;</li>",
                        "<a href=\"https://wiki.example.com/a|b&lt;c&gt;&quot;d`e\" rel=");
    }

    @Test
    void textSaysWhatEachAnswerRestsOnUnderItsCriterion() {
        assertThat(text).contains("The result rests on 4 answers: 1 confirmed, 1 evidenced, 2 bare claims; 1 stale; "
                        + "1 not applicable\n",
                "  Rests on, level 1: 1 criterion met: 1 confirmed\n",
                "         rests on evidence confirmed by a second person, as of 2026-11-02\n"
                        + "           evidence: https://ci.example.com/pipelines/42 deploy job runs on every push to "
                        + "main (recorded by ana 2026-11-02, confirmed by ben 2026-11-03)\n",
                "         rests on evidence, not confirmed, stale\n",
                "    ladder-tests [Build] UNKNOWN: claimed without evidence\n",
                "      rests on a bare claim\n",
                "  Not applicable, left out: 2 criteria\n");
    }

    @Test
    void aTextReportNoteCannotForgeALineOfTheReport() {
        assertThat(TextReport.render(EvidencedResult.of("x"))).doesNotContain("\n    ladder-forged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "https:/x", "https:///x", "https://a b",
            "http://x\n", "ftp://x", "", " https://x"})
    void onlyAnHttpOrHttpsLinkWithAHostBecomesALink(String link) {
        assertThat(Evidence.linkable(link)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ci.example.com/x?y=1#z", "HTTP://EXAMPLE.COM"})
    void anHttpOrHttpsLinkWithAHostBecomesALink(String link) {
        assertThat(Evidence.linkable(link)).isTrue();
    }

    @Test
    void aResultFromBeforeEvidenceRendersAsBefore() {
        assertThat(MarkdownReport.render(SmallResult.of("t"))).doesNotContain("rests on 0", "Not applicable");
        assertThat(HtmlReport.render(SmallResult.of("t"))).doesNotContain("The result rests");
    }
}
