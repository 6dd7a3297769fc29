package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.SimulationReport;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {
        "What if the team in FILE changed some practices? With --set: the before/after difference in every model.",
        "With --target: the least set of changes that reaches that level (after any --set), as a roadmap."})
final class SimulateCommand extends AdvisorCommand {

    @Parameters(paramLabel = "FILE", description = "team input, as for assess (- reads standard input)")
    String file;

    @Option(names = "--set", paramLabel = "PRACTICE=VALUE", description = "a change: a value of the practice, "
            + "'unknown' (unanswered) or 'drop' (its lowest value); repeatable")
    Map<String, String> changes = new LinkedHashMap<>();

    @Option(names = "--target", paramLabel = "N", description = "the level to reach; prints the path to it")
    Integer target;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "microsoft",
            description = "the model of --target (default: ${DEFAULT-VALUE})")
    String model;

    @Mixin
    JsonOption output;

    @Override
    void checkFiles() {
        InputFiles.readableFile(spec, java.nio.file.Path.of(file), "team input file");
    }

    @Override
    int run(Advisor advisor, PrintWriter out) throws IOException {
        if (changes.isEmpty() && target == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give --set PRACTICE=VALUE (what if?) or --target N (the path to a level), or both");
        }
        TeamProfile team = TeamInputReader.read(readInput(file), advisor.catalog());
        Simulator simulator = new Simulator(advisor);
        Plan plan = changes.isEmpty() ? null : SimulationInputReader.plan("--set", changes, advisor.catalog());
        if (target == null) {
            SimulationResult result = simulator.simulate(team, List.of(plan));
            print(out, output, result, () -> SimulationReport.render(result));
            return 0;
        }
        if (plan != null) {
            team = Simulator.apply(team, plan.changes());
        }
        PathResult path = simulator.path(team, model, target);
        print(out, output, path, () -> SimulationReport.render(path));
        return 0;
    }
}
