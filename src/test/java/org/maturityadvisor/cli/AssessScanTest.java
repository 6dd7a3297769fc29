package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.SarifSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assess FILE --scan PATH} in every format: claimed vs observed per practice (agrees, claimed but not found,
 * found but answered lower, found and not answered), and each criterion's basis saying where its answer was observed.
 */
class AssessScanTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path shared;
    static Path rules;
    static Path repo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void fixture() {
        rules = ScanFixture.rules(shared);
        repo = ScanFixture.repository(shared);
    }

    private String assess(String format) {
        List<String> args = new ArrayList<>(List.of("assess", ScanFixture.TEAM, "--scan", repo.toString(), "--rules",
                rules.toString(), "--format", format));
        int exit = Cli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void textShowsClaimedVsObservedPerPracticeByItsQuestion() {
        String text = assess("text");

        assertThat(text).contains("\nClaimed vs observed: 4 practices looked for in the repository: 1 claimed and "
                        + "observed, 1 claimed but not found, 1 found but answered lower, 1 found, not answered: taken "
                        + "from the repository\n",
                "    Which tests does the application code have?\n      claimed unit, observed unit: claimed and "
                        + "observed\n        tests/test_model.py:4  def test_accuracy():  (test-function)\n",
                "  ! Are builds of the application automated?\n      claimed yes, observed (not found): claimed but "
                        + "not found\n",
                "  ! How are experiment results and training performance tracked?\n      claimed ad-hoc, observed "
                        + "centralized: found but answered lower\n",
                "claimed (not answered), observed yes: found, not answered: taken from the repository");
        assertThat(text.indexOf("Claimed vs observed")).isLessThan(text.indexOf("\nMicrosoft"));
    }

    @Test
    void textSaysWhereEachCriterionsAnswerWasObservedOrHowItDisagrees() {
        String text = assess("text");

        assertThat(text).contains("rests on observed in the team's repository; observed in the repository: "
                + "tests/test_model.py:4");
        assertThat(text).contains("rests on a bare claim; claimed but not found in the repository");
    }

    @Test
    void markdownHasAClaimedVsObservedTableWithTheDisagreementsInBold() {
        String md = assess("markdown");

        assertThat(md).contains("\n## Claimed vs observed\n\n4 practices looked for in the repository: ",
                "| practice | claimed | observed | agreement | seen at |",
                "| Which tests does the application code have? | unit | unit | claimed and observed | "
                        + "tests/test\\_model.py:4 `def test_accuracy():` |",
                "| Are builds of the application automated? | yes | (not found) | **claimed but not found** |  |",
                "observed in the team's repository; observed in the repository: tests/test\\_model.py:4");
    }

    @Test
    void htmlHasAClaimedVsObservedTableEscapingWhatTheRepositorySays() {
        String html = assess("html");

        assertThat(html).contains("<h2>Claimed vs observed</h2>",
                "<td>Are builds of the application automated?</td><td>yes</td><td>(not found)</td>"
                        + "<td class=\"absent\">claimed but not found</td>",
                "<li>dags/train_dag.py:2 <code>with DAG(&quot;train&quot;) as dag:</code></li>",
                "observed in the team&#39;s repository; observed in the repository: tests/test_model.py:4");
        assertThat(html).doesNotContain("style=", "<script");
    }

    @Test
    void jsonCarriesTheChecksAndEachBasisObservation() throws Exception {
        JsonNode result = JSON.readTree(assess("json"));

        assertThat(result.get("observed").findValuesAsString("agreement")).containsExactlyInAnyOrder("agrees",
                "claimed-not-found", "found-answered-lower", "found-not-answered");
        JsonNode tracking = result.get("observed").valueStream()
                .filter(check -> check.get("practice").stringValue().equals("creation.experiment-tracking"))
                .findFirst().orElseThrow();
        assertThat(tracking.get("claimed").stringValue()).isEqualTo("ad-hoc");
        assertThat(tracking.get("observed").stringValue()).isEqualTo("centralized");
        assertThat(tracking.at("/sightings/0/path").stringValue()).isEqualTo("train.py");
    }

    @Test
    void sarifAddsSightingsAsRelatedLocationsAndEachDisagreementAsAReviewResult() throws Exception {
        String sarif = assess("sarif");

        assertThat(SarifSchema.errors(sarif)).as(sarif).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        List<JsonNode> reviews = run.get("results").valueStream()
                .filter(result -> result.get("kind").stringValue().equals("review")).toList();
        assertThat(reviews).extracting(review -> review.get("ruleId").stringValue()).containsExactlyInAnyOrder(
                "claimed-vs-observed/claimed-not-found", "claimed-vs-observed/found-answered-lower");
        JsonNode lower = reviews.stream().filter(r -> r.get("ruleId").stringValue().endsWith("lower")).findFirst()
                .orElseThrow();
        assertThat(lower.at("/message/text").stringValue()).isEqualTo("How are experiment results and training "
                + "performance tracked?: claimed ad-hoc, the repository shows centralized (found but answered lower)");
        assertThat(lower.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("train.py");
        assertThat(lower.at("/relatedLocations/0/physicalLocation/region/startLine").intValue()).isEqualTo(2);
        JsonNode observedCriterion = run.get("results").valueStream()
                .filter(result -> result.at("/properties/agreement").asString("").equals("agrees")).findFirst()
                .orElseThrow();
        assertThat(observedCriterion.at("/properties/support").stringValue()).isEqualTo("observed");
        assertThat(observedCriterion.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("tests/test_model.py");
        assertThat(run.at("/properties/claimedVsObserved").stringValue()).startsWith("4 looked for in the repository");
    }

    @Test
    void aHostileLineInTheRepositoryIsShownAsTextInMarkdownAndHtml(@TempDir Path temp) {
        Path hostile = temp.resolve("hostile");
        ScanFixture.write(hostile, "test_x.py", "def test_x(): # </code><script>alert(1)</script> | `x` [a](javascript:y)\n");
        List<String> base = List.of("assess", ScanFixture.TEAM, "--scan", hostile.toString(), "--rules",
                rules.toString(), "--format");

        StringWriter html = new StringWriter();
        StringWriter md = new StringWriter();
        Cli.run(concat(base, "html"), new PrintWriter(html, true), new PrintWriter(err, true));
        Cli.run(concat(base, "markdown"), new PrintWriter(md, true), new PrintWriter(err, true));

        assertThat(html.toString()).doesNotContain("<script>", "</code><script")
                .contains("&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        String row = md.toString().lines().filter(line -> line.startsWith("| Which tests")).findFirst().orElseThrow();
        assertThat(row).contains("`def test_x(): # </code><script>alert(1)</script> \\| 'x' [a](javascript:y)`");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as("cells").isEqualTo(6);
    }

    private static String[] concat(List<String> base, String last) {
        List<String> all = new ArrayList<>(base);
        all.add(last);
        return all.toArray(String[]::new);
    }

    @Test
    void gateMergesTheScanOfALocalTeamBeforeGating() {
        int exit = Cli.run(new String[] {"gate", ScanFixture.TEAM, "--scan", repo.toString(), "--rules",
                rules.toString(), "--require", "microsoft=0", "--json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Cli.run(new String[] {"gate", "--url", "http://127.0.0.1:9", "--team", "t", "--scan",
                repo.toString(), "--require", "microsoft=1"}, new PrintWriter(out, true), new PrintWriter(err, true)))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--scan goes with FILE");
    }
}
