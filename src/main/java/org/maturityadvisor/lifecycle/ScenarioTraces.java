package org.maturityadvisor.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ModelTables;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.StoredRuleSet;
import org.maturityadvisor.trace.TableTrace;
import org.springframework.stereotype.Component;

/**
 * A scenario of the gate traced on a stored version's tables (a draft's, typically, from its failing scenarios): the
 * scenario's team as the gate judges it (its what-if changes applied), assessed under that version.
 */
@Component
public class ScenarioTraces {

    private final RuleSetLifecycle lifecycle;
    private final RuleSetVersions versions;
    private final Path scenariosDir;

    ScenarioTraces(RuleSetLifecycle lifecycle, RuleSetVersions versions, AdvisorProperties properties) {
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.scenariosDir = properties.scenariosDir();
    }

    /**
     * One scenario's trace; {@code models} are the version's models, those the scenario expects something of first.
     */
    public record Traced(long seq, String file, String name, TableTrace trace, List<String> models) {
    }

    /** {@code model} null: the first model the scenario expects something of. */
    public Traced of(String seqOrHash, String file, String model) {
        StoredRuleSet version = lifecycle.version(seqOrHash);
        Scenario scenario = ScenarioFiles.read(scenariosDir).stream().filter(s -> s.file().equals(file))
                .findFirst().orElseThrow(() -> new NotFoundException("no scenario " + file + " in the scenario "
                        + "suite"));
        if (scenario.input() == null) {
            throw new NotFoundException("scenario " + file + " cannot be read: " + scenario.description());
        }
        LoadedRuleSet rules = versions.loadKept(version.hash());
        TeamProfile team = TeamInputReader.read(scenario.input(), rules.advisor().catalog(), scenario.options());
        if (scenario.whatIf() != null && scenario.whatIf().changes() != null) {
            team = Simulator.apply(team, SimulationInputReader.changes(scenario.whatIf().changes(),
                    "whatIf.changes", rules.advisor().catalog()));
        }
        AssessmentResult result = rules.advisor().assess(team);
        Set<String> models = new LinkedHashSet<>(scenario.expect().models().keySet());
        rules.advisor().models().forEach(m -> models.add(m.id()));
        models.retainAll(rules.advisor().models().stream().map(m -> m.id()).toList());
        String chosen = model != null ? model : models.iterator().next();
        TableTrace trace = ModelTables.trace(rules, result, chosen).orElseThrow(() -> new NotFoundException(
                "model " + chosen + " is not a model of rule-set version " + version.seq()));
        return new Traced(version.seq(), scenario.file(), scenario.name(), trace, new ArrayList<>(models));
    }
}
