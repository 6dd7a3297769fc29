package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.TextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "assess", description = "Classifies the team described in FILE (JSON; - reads standard input).")
final class AssessCommand extends AdvisorCommand {

    @Parameters(paramLabel = "FILE", description = "team input: {\"team\": ..., \"context\": {...}, \"answers\": {...}}")
    String file;

    @Mixin
    JsonOption output;

    @Override
    int run(Advisor advisor, PrintWriter out) throws IOException {
        AssessmentResult result = advisor.assess(TeamInputReader.read(readInput(file), advisor.catalog()));
        print(out, output, result, () -> TextReport.render(result));
        return 0;
    }
}
