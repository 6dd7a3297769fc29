package org.maturityadvisor.assessment;

import java.util.List;

import org.maturityadvisor.definition.SectionRole;

/**
 * A result that costs what pipelines and dashboards need of it: each model's level (and score), its per-dimension
 * levels, the next level and the ids of the criteria that block it, and the target. The full explained chain stays
 * the default; this is {@code view=summary}.
 */
public record AssessmentSummary(String team, String rulesetVersion, List<Model> models, Target target) {

    public AssessmentSummary {
        models = List.copyOf(models);
    }

    /**
     * One model: where the team is and what stands between it and the next level; for a checklist, each section's
     * completion ({@code sections}, empty for the other kinds).
     */
    public record Model(String model, int level, String levelName, Double score, List<DimensionLevel> dimensions,
                        Integer nextLevel, List<String> nextLevelBlockers, List<Section> sections) {

        public Model {
            dimensions = List.copyOf(dimensions);
            nextLevelBlockers = List.copyOf(nextLevelBlockers);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        public Model(String model, int level, String levelName, Double score, List<DimensionLevel> dimensions,
                     Integer nextLevel, List<String> nextLevelBlockers) {
            this(model, level, levelName, score, dimensions, nextLevel, nextLevelBlockers, List.of());
        }
    }

    /** A checklist section: its role, met of applicable (and in all), whether complete, and its unmet statements' ids. */
    public record Section(String section, SectionRole role, int met, int applicable, int total, boolean complete,
                          List<String> unmet) {

        public Section {
            unmet = List.copyOf(unmet);
        }

        static Section of(SectionCompletion completion) {
            return new Section(completion.section(), completion.role(), completion.met(), completion.applicable(),
                    completion.total(), completion.complete(), completion.unmet().stream().map(Blocker::criterion)
                    .toList());
        }
    }

    /** The level the team should aim for, whether it is there, and the target row that decided it. */
    public record Target(String model, int target, TargetStatus status, String rule) {
    }

    public static AssessmentSummary of(AssessmentResult result) {
        List<Model> models = result.models().stream().map(model -> new Model(model.model(), model.level(),
                model.levelName(), model.score(), model.dimensions(),
                model.blockedLevels().isEmpty() ? null : model.blockedLevels().get(0).level(),
                model.nextLevelBlockers().stream().map(Blocker::criterion).toList(),
                model.sections().stream().map(Section::of).toList())).toList();
        TargetLevel target = result.target();
        return new AssessmentSummary(result.team(), result.rulesetVersion(), models, target == null ? null
                : new Target(target.model(), target.target(), target.status(), target.rule()));
    }
}
