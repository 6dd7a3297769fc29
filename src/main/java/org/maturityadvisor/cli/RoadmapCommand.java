package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.RoadmapCsv;
import org.maturityadvisor.report.RoadmapMarkdown;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "roadmap", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"The roadmap of the team in FILE: ordered bundles of changes toward its target (or the next "
                + "level of every model), each completing a level, with the criteria each change clears.",
                "As Markdown (default), CSV a tracker such as Jira imports, or the API's JSON."})
final class RoadmapCommand extends AdvisorCommand {

    /** The roadmap's formats, as the API's {@code ?format=}. */
    enum Format { md, csv, json }

    @Parameters(paramLabel = "FILE", description = "team input, as for assess (- reads standard input)")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown), csv (Summary,Description,Effort,Team,...) or json; default ${DEFAULT-VALUE}")
    Format format;

    @Override
    void checkFiles() {
        InputFiles.readableFile(spec, Path.of(file), "team input file");
    }

    @Override
    int run(Advisor advisor, PrintWriter out) throws IOException {
        Roadmap roadmap = new Simulator(advisor).roadmap(TeamInputReader.read(readInput(file), advisor.catalog()));
        out.print(switch (format) {
            case md -> RoadmapMarkdown.of(roadmap);
            case csv -> RoadmapCsv.of(roadmap);
            case json -> Json.write(roadmap) + "\n";
        });
        return 0;
    }
}
