package org.maturityadvisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.TextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", description = "Classifies the team described in FILE (JSON; - reads standard input).")
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "team input: {\"team\": ..., \"context\": {...}, \"answers\": {...}}")
    String file;

    @Option(names = "--json", description = "print the result as JSON (the same as POST /api/assessments)")
    boolean json;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String input = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file));
        Advisor advisor = rules.load();
        AssessmentResult result = advisor.assess(TeamInputReader.read(input, advisor.catalog()));
        spec.commandLine().getOut().print(json ? Json.write(result) + "\n" : TextReport.render(result));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
