package org.maturityadvisor.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ChecklistWords;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;

/**
 * Checks requirements against an assessment. The blockers come from the assessment's own blocked levels (what the
 * rules reported), never from thresholds copied here.
 */
public final class Gate {

    private Gate() {
    }

    /**
     * @throws InvalidInputException naming every requirement on a model the assessment does not have, or a level
     *                               outside the model's levels
     */
    public static GateVerdict check(AssessmentResult result, List<Requirement> requirements) {
        checkPolicy(result, requirements);
        List<RequirementOutcome> outcomes = requirements.stream().map(r -> outcome(result.model(r.model()), r))
                .toList();
        return new GateVerdict(result.team(), result.rulesetVersion(), outcomes.stream().allMatch(
                RequirementOutcome::met), outcomes);
    }

    private static RequirementOutcome outcome(ModelAssessment model, Requirement requirement) {
        boolean met = model.level() >= requirement.level();
        return new RequirementOutcome(model.model(), model.modelName(), requirement.level(), model.level(),
                model.levelName(), met, met ? List.of() : model.blockedLevels().stream()
                .filter(level -> level.level() <= requirement.level()).toList(),
                model.checklist() ? ChecklistWords.verdict(model) : null);
    }

    private static void checkPolicy(AssessmentResult result, List<Requirement> requirements) {
        List<InputError> errors = new ArrayList<>();
        if (requirements.isEmpty()) {
            errors.add(new InputError("require", "no requirement: give at least one MODEL=LEVEL"));
        }
        for (Requirement requirement : requirements) {
            Optional<ModelAssessment> model = result.models().stream()
                    .filter(m -> m.model().equals(requirement.model())).findFirst();
            if (model.isEmpty()) {
                errors.add(new InputError("require." + requirement.model(), "unknown model; expected one of "
                        + result.models().stream().map(ModelAssessment::model).toList()));
            } else if (requirement.level() < 0 || requirement.level() > model.get().topLevel()) {
                errors.add(new InputError("require." + requirement.model(), "expected a level from 0 to "
                        + model.get().topLevel() + ", got " + requirement.level()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
