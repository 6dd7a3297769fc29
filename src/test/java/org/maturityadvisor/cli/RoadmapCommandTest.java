package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.RoadmapCsv;
import org.maturityadvisor.report.RoadmapMarkdown;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.testing.ShippedRules;

/** {@code maturity-advisor roadmap FILE [--format md|csv|json] [--rules DIR]}: the API's formats, on the CLI. */
class RoadmapCommandTest {

    private static final String SAMPLE = "docs/examples/team.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Roadmap expected() throws Exception {
        Advisor advisor = ShippedRules.advisor();
        return new Simulator(advisor).roadmap(TeamInputReader.read(Files.readString(Path.of(SAMPLE)),
                advisor.catalog()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"md", "csv", "json"})
    void printsTheRoadmapInTheAskedFormat(String format) throws Exception {
        assertThat(run("roadmap", SAMPLE, "--format", format, "--rules", "rules")).as(err.toString()).isZero();

        Roadmap roadmap = expected();
        switch (format) {
            case "md" -> assertThat(out.toString()).isEqualTo(RoadmapMarkdown.of(roadmap));
            case "csv" -> assertThat(out.toString()).isEqualTo(RoadmapCsv.of(roadmap));
            default -> assertThat(out.toString()).isEqualTo(Json.write(roadmap) + "\n");
        }
    }

    @Test
    void markdownIsTheDefaultAndAnUnknownFormatIsBadUsage() throws Exception {
        assertThat(run("roadmap", SAMPLE)).isZero();
        assertThat(out.toString()).isEqualTo(RoadmapMarkdown.of(expected()));

        assertThat(run("roadmap", SAMPLE, "--format", "pdf")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--format", "pdf");
    }
}
