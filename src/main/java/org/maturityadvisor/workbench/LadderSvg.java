package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.definition.MaturityModel;

/**
 * A model's levels as a ladder the page draws as inline SVG: one rung per level, top level on top, the rungs reached
 * filled, the target marked. Only numbers and words: the template writes every element and attribute itself, so no
 * text from the tables ever becomes markup.
 *
 * @param target the target level when the target table advises on this model, else null
 * @param next   what the next level needs, in one line; null at the top level
 */
public record LadderSvg(String model, int level, int topLevel, Integer target, int width, int height,
                        List<Rung> rungs, String label, String next) {

    static final int RUNG = 22;
    static final int WIDTH = 300;

    /** One level: its box at {@code y}; reached (filled), the team's own level, the target. */
    public record Rung(int level, String name, int y, boolean reached, boolean current, boolean target) {

        /** The y of the rung's text baseline. */
        public int textY() {
            return y + RUNG - 6;
        }
    }

    /**
     * @param model the model as the active rules define it (its level names), or null when they no longer have it:
     *              then the levels the result names itself are used
     */
    static LadderSvg of(ModelAssessment assessment, MaturityModel model, TargetLevel targetLevel) {
        Integer target = targetLevel != null && targetLevel.model().equals(assessment.model())
                ? targetLevel.target() : null;
        List<Rung> rungs = new ArrayList<>();
        int top = assessment.topLevel();
        for (int number = top; number >= 0; number--) {
            rungs.add(new Rung(number, name(assessment, model, number), (top - number) * RUNG,
                    number <= assessment.level(), number == assessment.level(), target != null && number == target));
        }
        String next = next(assessment);
        String label = assessment.modelName() + ": level " + assessment.level() + " of " + top + ", "
                + assessment.levelName() + (target == null ? "" : "; target level " + target)
                + (next == null ? "" : ". " + next);
        return new LadderSvg(assessment.model(), assessment.level(), top, target, WIDTH, (top + 1) * RUNG,
                List.copyOf(rungs), label, next);
    }

    private static String name(ModelAssessment assessment, MaturityModel model, int number) {
        if (number == assessment.level()) {
            return assessment.levelName();
        }
        for (BlockedLevel blocked : assessment.blockedLevels()) {
            if (blocked.level() == number) {
                return blocked.name();
            }
        }
        return model != null && model.id().equals(assessment.model()) && number <= model.topLevel()
                ? model.level(number).name() : "level " + number;
    }

    /** "Next: level 2, Automated Training needs 3 criteria (1 unanswered)", or for a band the sections short. */
    static String next(ModelAssessment assessment) {
        if (assessment.blockedLevels().isEmpty()) {
            return null;
        }
        BlockedLevel next = assessment.blockedLevels().get(0);
        List<Blocker> blockers = next.blockers();
        long unanswered = blockers.stream().filter(b -> b.status() == CriterionStatus.UNKNOWN).count();
        String needs;
        if (!next.shortfalls().isEmpty()) {
            needs = Words.count(next.shortfalls().size(), "section", "sections") + " to raise ("
                    + String.join(", ", next.shortfalls().stream().map(s -> s.section()).toList()) + ")";
        } else if (blockers.isEmpty()) {
            needs = "only what blocks the levels below it";
        } else {
            needs = Words.count(blockers.size(), "criterion", "criteria")
                    + (unanswered == 0 ? "" : " (" + unanswered + " unanswered)");
        }
        return "Next: level " + next.level() + ", " + next.name() + " needs " + needs;
    }
}
