package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.testing.ShippedRules;

/** The roadmap's Markdown and CSV exports: readable, faithful to the roadmap, and safe to open in a spreadsheet. */
class RoadmapExportTest {

    private static final Advisor ADVISOR = ShippedRules.advisor();

    private static Roadmap shipped() throws Exception {
        return new Simulator(ADVISOR).roadmap(TeamInputReader.read(
                Files.readString(Path.of("docs/examples/team.json")), ADVISOR.catalog()));
    }

    private static Roadmap hostile(String text) {
        Roadmap.Step step = new Roadmap.Step("p.x", text, null, text, Effort.SMALL, text,
                List.of(new Roadmap.Cleared("m", "c-1", text, 1, "Model, \"one\"")),
                List.of(new Roadmap.LevelGain("m", "Model, \"one\"", 0, 1)));
        return new Roadmap(text, new Roadmap.Goal("m", "Model, \"one\"", 0, 1, text, true, text),
                List.of(new Roadmap.Bundle("m", "Model, \"one\"", 1, text, List.of(step),
                        List.of(new Roadmap.LevelGain("m", "Model, \"one\"", 0, 1)))),
                new Roadmap.Gap(1, Map.of(Effort.SMALL, 1, Effort.MEDIUM, 0, Effort.LARGE, 0)));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theCsvHasOneRowPerChangeInRoadmapOrderWithTheTrackerColumnsFirst() throws Exception {
        Roadmap roadmap = shipped();

        List<CSVRecord> rows = parse(RoadmapCsv.of(roadmap));

        assertThat(rows.get(0).toList()).startsWith("Summary", "Description", "Effort", "Team");
        assertThat(rows.get(0).toList()).isEqualTo(RoadmapCsv.COLUMNS);
        List<Roadmap.Step> steps = roadmap.bundles().stream().flatMap(b -> b.steps().stream()).toList();
        assertThat(rows).hasSize(steps.size() + 1);
        for (int i = 0; i < steps.size(); i++) {
            CSVRecord row = rows.get(i + 1);
            Roadmap.Step step = steps.get(i);
            assertThat(row.get(0)).contains(step.question(), step.to()).doesNotContain(step.practice());
            assertThat(row.get(1)).contains(step.remediation());
            assertThat(row.get(2)).isEqualTo(step.effort().words());
            assertThat(row.get(3)).isEqualTo(roadmap.team());
            assertThat(row.get(6)).isEqualTo(String.valueOf(i + 1));
            step.clears().forEach(cleared -> assertThat(row.get(10)).contains(cleared.text()));
        }
        assertThat(RoadmapCsv.of(roadmap)).contains("\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatWouldRunAsAFormulaIsText(String text) throws Exception {
        List<CSVRecord> rows = parse(RoadmapCsv.of(hostile(text)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(3)).isEqualTo("'" + text);
        assertThat(rows.get(1).toList()).allSatisfy(cell ->
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndReadBack() throws Exception {
        String text = "a, \"quoted\"\nsecond line";

        List<CSVRecord> rows = parse(RoadmapCsv.of(hostile(text)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(3)).isEqualTo(text);
        assertThat(rows.get(1).get(4)).isEqualTo("Model, \"one\"");
    }

    @Test
    void theMarkdownReadsAsWordsWithTheGoalGapAndEveryChange() throws Exception {
        Roadmap roadmap = shipped();

        String md = RoadmapMarkdown.of(roadmap);

        assertThat(md).startsWith("# Roadmap: ").contains(roadmap.gap().words(), roadmap.goal().modelName(),
                "rests on the team's answers");
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            for (Roadmap.Step step : bundle.steps()) {
                assertThat(md).contains(MarkdownReport.cell(step.question()));
                step.clears().forEach(c -> assertThat(md).contains(MarkdownReport.cell(c.text())));
            }
        }
        assertThat(md).doesNotContain("ms-", "google-", "six-", "LevelGain", "Cleared[");
    }

    @Test
    void markdownFromTheTablesCannotInjectLinksOrHtml() {
        String md = RoadmapMarkdown.of(hostile("[click](http://evil) <script>x</script> | *bold*"));

        assertThat(md).doesNotContain("<script>", "| *bold*").doesNotContainPattern("(?<!\\\\)\\[click");
        assertThat(md).contains("&lt;script&gt;", "\\[click]");
    }

    @Test
    void nothingToChangeIsSaidInWords() {
        Roadmap empty = new Roadmap("Team", new Roadmap.Goal(null, null, 0, 0, null, true, "At the top."), List.of(),
                new Roadmap.Gap(0, Map.of(Effort.SMALL, 0, Effort.MEDIUM, 0, Effort.LARGE, 0)));

        assertThat(RoadmapMarkdown.of(empty)).contains("nothing to change", "the next level of every model");
        assertThat(RoadmapCsv.of(empty)).isEqualTo(String.join(",", RoadmapCsv.COLUMNS) + "\r\n");
    }
}
