package org.maturityadvisor.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.store.LatestInputs;

import tools.jackson.databind.JsonNode;

/**
 * The impact preview as it was before it skipped any team (RuleSetLifecycle at fa25d4c, kept as the reference the
 * faster one must equal): every stored team's newest input and every scenario's team assessed under both versions,
 * one after another, nothing reused.
 */
final class EveryTeamAssessed {

    private EveryTeamAssessed() {
    }

    static DraftReport.Impact impact(LatestInputs teams, Advisor current, Advisor draft, List<Scenario> scenarios) {
        List<DraftReport.Change> teamChanges = new ArrayList<>();
        int checked = 0;
        String after = "";
        try (LatestInputs.Inputs inputs = teams.inputs()) {
            for (List<LatestInputs.TeamInput> page = teams.page(after, 1000); !page.isEmpty();
                 page = teams.page(after, 1000)) {
                for (LatestInputs.TeamInput team : page) {
                    checked++;
                    try {
                        changeOf(team.teamId(), team.name(), TeamInputReader.parse(inputs.of(team)), current, draft)
                                .ifPresent(teamChanges::add);
                    } catch (InvalidInputException e) {
                        teamChanges.add(new DraftReport.Change(team.teamId(), team.name()
                                + " (answers no longer valid: " + e.errors().get(0).field() + ")", List.of()));
                    }
                }
                after = page.get(page.size() - 1).teamId();
            }
        }
        List<DraftReport.Change> scenarioChanges = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            try {
                changeOf(scenario.file(), scenario.name(), scenario.input(), scenario.options(), current, draft)
                        .ifPresent(scenarioChanges::add);
            } catch (InvalidInputException e) {
                scenarioChanges.add(new DraftReport.Change(scenario.file(), scenario.name()
                        + " (input no longer valid)", List.of()));
            }
        }
        return new DraftReport.Impact(current.version(), checked, scenarios.size(), teamChanges, scenarioChanges);
    }

    static Optional<DraftReport.Change> changeOf(String id, String name, JsonNode input, Advisor current,
                                                 Advisor draft) {
        return changeOf(id, name, input, InputOptions.today(), current, draft);
    }

    /** A scenario's change, read on its own day as the impact preview reads it. */
    static Optional<DraftReport.Change> changeOf(String id, String name, JsonNode input, InputOptions options,
                                                 Advisor current, Advisor draft) {
        TeamProfile before = TeamInputReader.read(input, current.catalog(), options);
        TeamProfile after = TeamInputReader.read(input, draft.catalog(), options);
        AssessmentResult was = current.assess(before);
        AssessmentResult now = draft.assess(after);
        Map<String, ModelAssessment> previous = new LinkedHashMap<>();
        was.models().forEach(model -> previous.put(model.model(), model));
        List<DraftReport.ModelImpact> moved = new ArrayList<>();
        for (ModelAssessment model : now.models()) {
            ModelAssessment old = previous.get(model.model());
            if (old != null && (old.level() != model.level()
                    || !Objects.equals(old.score(), model.score()))) {
                moved.add(new DraftReport.ModelImpact(model.model(), old.level(), model.level(), old.score(),
                        model.score(), responsible(old, model)));
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new DraftReport.Change(id, name, moved));
    }

    private static List<DraftReport.Responsible> responsible(ModelAssessment before, ModelAssessment after) {
        List<DraftReport.Responsible> responsible = new ArrayList<>();
        if (after.level() < before.level()) {
            blockers(after, after.level(), before.level(), "now blocks level ", responsible);
        } else if (after.level() > before.level()) {
            blockers(before, before.level(), after.level(), "no longer blocks level ", responsible);
        } else {
            ModelDiff diff = ModelDiff.between(before, after);
            diff.criteriaNewlyMet().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "newly met")));
            diff.criteriaLost().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "no longer met")));
        }
        return responsible;
    }

    private static void blockers(ModelAssessment result, int low, int high, String effect,
                                 List<DraftReport.Responsible> into) {
        result.blockedLevels().stream().filter(level -> level.level() > low && level.level() <= high)
                .forEach(level -> level.blockers().forEach(blocker -> into.add(new DraftReport.Responsible(
                        blocker.criterion(), level.level(), blocker.practice(), blocker.observed(),
                        blocker.required(), effect + level.level()))));
    }
}
