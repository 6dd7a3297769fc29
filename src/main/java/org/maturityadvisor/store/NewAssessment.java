package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * An assessment to store: the input and result as JSON text, plus the levels and next-level blockers taken from the
 * result so the portfolio can count them without parsing results.
 */
public record NewAssessment(OffsetDateTime assessedAt, String author, String rulesetVersion, String input,
                            String result, List<StoredLevel> levels, List<NextLevelBlocker> blockers,
                            Target target, AnswerStanding standing, Long scanId) {

    public NewAssessment {
        levels = List.copyOf(levels);
        blockers = List.copyOf(blockers);
        standing = standing == null ? AnswerStanding.NONE : standing;
    }

    public NewAssessment(OffsetDateTime assessedAt, String author, String rulesetVersion, String input, String result,
                         List<StoredLevel> levels, List<NextLevelBlocker> blockers, Target target,
                         AnswerStanding standing) {
        this(assessedAt, author, rulesetVersion, input, result, levels, blockers, target, standing, null);
    }

    public NewAssessment(OffsetDateTime assessedAt, String author, String rulesetVersion, String input, String result,
                         List<StoredLevel> levels, List<NextLevelBlocker> blockers, Target target) {
        this(assessedAt, author, rulesetVersion, input, result, levels, blockers, target, AnswerStanding.NONE);
    }

    /** The same assessment, its answers resting on {@code standing}. */
    public NewAssessment with(AnswerStanding answers) {
        return new NewAssessment(assessedAt, author, rulesetVersion, input, result, levels, blockers, target, answers,
                scanId);
    }

    /** The same assessment, its answers compared with the team's stored scan {@code scan} (null: none). */
    public NewAssessment comparedWith(Long scan) {
        return new NewAssessment(assessedAt, author, rulesetVersion, input, result, levels, blockers, target, standing,
                scan);
    }

    /** An assessment with no target advice (a rule set without a target table). */
    public NewAssessment(OffsetDateTime assessedAt, String author, String rulesetVersion, String input, String result,
                         List<StoredLevel> levels, List<NextLevelBlocker> blockers) {
        this(assessedAt, author, rulesetVersion, input, result, levels, blockers, null, AnswerStanding.NONE);
    }

    /** The level the target advice sets in one model: the portfolio's gap is this level less the team's level. */
    public record Target(String model, int level) {
    }

    /**
     * The assessment to store for a result: its levels, and per model the criteria blocking the next level up.
     *
     * @param input      the input as assessed, JSON text
     * @param resultJson the result as returned, JSON text
     */
    public static NewAssessment of(OffsetDateTime at, String author, String input, AssessmentResult result,
                                   String resultJson) {
        List<StoredLevel> levels = result.models().stream()
                .map(model -> new StoredLevel(model.model(), model.level(), model.levelName(), model.score()))
                .toList();
        List<NextLevelBlocker> blockers = new ArrayList<>();
        for (ModelAssessment model : result.models()) {
            if (!model.blockedLevels().isEmpty()) {
                BlockedLevel next = model.blockedLevels().get(0);
                next.blockers().stream().map(Blocker::criterion).distinct()
                        .forEach(criterion -> blockers.add(new NextLevelBlocker(model.model(), next.level(), criterion)));
            }
        }
        Target target = result.target() == null ? null
                : new Target(result.target().model(), result.target().target());
        return new NewAssessment(at, author, result.rulesetVersion(), input, resultJson, levels, blockers, target);
    }

    /** A criterion holding the team below {@code blockedLevel} of {@code model}. */
    public record NextLevelBlocker(String model, int blockedLevel, String criterion) {
    }
}
