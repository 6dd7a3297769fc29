package org.maturityadvisor.assessment;

import java.util.List;

import org.maturityadvisor.definition.Alignment;
import org.maturityadvisor.definition.ModelKind;

/**
 * A team's place in one model: the level reached (a band for a scored model, with its score), per dimension too, the
 * criteria met (with the answers that met them), and for every level above, what blocks it. {@code linesUpWith}
 * places the level on the crosswalk's reference model (null for the reference itself). {@code notApplicable} lists the
 * criteria left out of their level's gate; {@code restsOn} counts, per level reached, what its met criteria rest on.
 * {@code sections} is a checklist model's sections with their completion (empty for the other kinds): the required
 * ones decide the verdict ({@code level} 1 when all are complete, else 0; the one blocked level lists their unmet
 * statements), the extra ones report progress beside it.
 */
public record ModelAssessment(String model, String modelName, ModelKind kind, int level, String levelName,
                              int topLevel, Double score, Alignment linesUpWith, String summary,
                              List<DimensionLevel> dimensions, List<MetCriterion> met,
                              List<BlockedLevel> blockedLevels, List<NotApplicable> notApplicable,
                              List<LevelBasis> restsOn, List<SectionCompletion> sections) {

    public ModelAssessment {
        sections = sections == null ? List.of() : List.copyOf(sections);
        dimensions = List.copyOf(dimensions);
        met = List.copyOf(met);
        blockedLevels = List.copyOf(blockedLevels);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
        restsOn = restsOn == null ? List.of() : List.copyOf(restsOn);
    }

    /** A gated or scored model's place (no checklist sections). */
    public ModelAssessment(String model, String modelName, ModelKind kind, int level, String levelName,
                           int topLevel, Double score, Alignment linesUpWith, String summary,
                           List<DimensionLevel> dimensions, List<MetCriterion> met,
                           List<BlockedLevel> blockedLevels, List<NotApplicable> notApplicable,
                           List<LevelBasis> restsOn) {
        this(model, modelName, kind, level, levelName, topLevel, score, linesUpWith, summary, dimensions, met,
                blockedLevels, notApplicable, restsOn, List.of());
    }

    /** A model's place without evidence counts (a result read from before evidence existed). */
    public ModelAssessment(String model, String modelName, ModelKind kind, int level, String levelName, int topLevel,
                           Double score, Alignment linesUpWith, String summary, List<DimensionLevel> dimensions,
                           List<MetCriterion> met, List<BlockedLevel> blockedLevels) {
        this(model, modelName, kind, level, levelName, topLevel, score, linesUpWith, summary, dimensions, met,
                blockedLevels, List.of(), List.of(), List.of());
    }

    /** Whether the model scores (points per test, bands) rather than gates (a ladder of levels). */
    public boolean scored() {
        return kind == ModelKind.SCORED;
    }

    /** Whether the model is a checklist (sections required or extra, a verdict, each section's completion). */
    public boolean checklist() {
        return kind == ModelKind.CHECKLIST;
    }

    /** The criteria that block the next level up; empty at the top level. */
    public List<Blocker> nextLevelBlockers() {
        return blockedLevels.isEmpty() ? List.of() : blockedLevels.get(0).blockers();
    }
}
