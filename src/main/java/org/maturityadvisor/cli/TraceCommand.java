package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ModelTables;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.trace.TableTrace;

import tools.jackson.databind.JsonNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Traces one model's result on its table: every row of the model's tables where the analyst "
                + "typed it, marked with what the result made of it (decides the level, blocking, met, stale, not "
                + "applicable, not blocking yet) and the team's answer beside each criterion.",
                "FILE is a team input (as for assess) or a scenario file (its input as the gate judges it)."})
final class TraceCommand extends AdvisorCommand {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "team input or scenario JSON; - reads standard input")
    String file;

    @Option(names = "--model", paramLabel = "ID", required = true, description = "the model to trace, e.g. google")
    String model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (the API's trace); default ${DEFAULT-VALUE}")
    Format format;

    private LoadedRuleSet loaded;

    @Override
    void checkFiles() {
        if (!"-".equals(file)) {
            InputFiles.readableFile(spec, Path.of(file), "team input file");
        }
    }

    @Override
    Advisor load() {
        loaded = LoadedRuleSet.load(RuleSetLoader.read(rules.directory()));
        return loaded.advisor();
    }

    @Override
    int run(Advisor advisor, PrintWriter out) throws Exception {
        JsonNode json = TeamInputReader.parse(readInput(file));
        TeamProfile team;
        if (json.isObject() && json.has("expect") && json.has("input") && !"-".equals(file)) {
            Path path = Path.of(file).toAbsolutePath().normalize();
            Scenario scenario = ScenarioFiles.read(path.getParent()).stream()
                    .filter(s -> s.file().equals(path.getFileName().toString())).findFirst().orElseThrow();
            team = TeamInputReader.read(scenario.input(), advisor.catalog(), scenario.options());
            if (scenario.whatIf() != null && scenario.whatIf().changes() != null) {
                team = Simulator.apply(team, SimulationInputReader.changes(scenario.whatIf().changes(),
                        "whatIf.changes", advisor.catalog()));
            }
        } else {
            team = TeamInputReader.read(json, advisor.catalog());
        }
        TableTrace trace = ModelTables.trace(loaded, advisor.assess(team), model).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "--model: " + model + " is not a model of "
                        + "these rules; their models: " + String.join(", ", advisor.models().stream()
                        .map(m -> m.id()).toList())));
        out.println(format == Format.json ? Json.write(trace) : TraceText.render(trace));
        return 0;
    }
}
