package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.definition.MaturityModel;

/**
 * The result page's first screen: where the team stands in every model, the target and why, the size of the gap and
 * the next three actions. Built from one assessment and one roadmap; what it shows rests on the team's answers.
 *
 * @param gap     the gap in words ("11 changes: 2 small, 7 medium, 2 large"), or null when no roadmap could be made
 * @param actions the next actions, at most three, in roadmap order
 */
public record Verdict(List<ModelCard> models, TargetLevel target, String goal, String gap, List<Action> actions,
                      String restsOn) {

    /** Said of a result that does not count what it rests on (read from before evidence existed). */
    static final String RESTS_ON = "rests on the team's answers";

    /**
     * One model at a glance: its level ladder, its dimensions as bars, and what its reached level rests on; a
     * checklist model has its verdict and section bars instead ({@code checklist}, null for the other kinds).
     */
    public record ModelCard(ModelAssessment model, LadderSvg ladder, List<DimensionBars> bars, RestsOnBar basis,
                            ChecklistCard checklist) {

        /** The level in words for the chips: "level 1 of 4", or a checklist's verdict. */
        public String levelWords() {
            return checklist != null ? checklist.verdict() : "level " + model.level() + " of " + model.topLevel();
        }

        /** The score as the reports write it ("6.5", "7"), or null for a gated model. */
        public String score() {
            return model.score() == null ? null : Points.format(model.score());
        }
    }

    /**
     * One next action: set a practice (asked as {@code question}) from one value to another.
     *
     * @param unlocks the levels it unlocks on its own, in words ("Microsoft MLOps maturity model level 2")
     * @param toward  the level its bundle completes, with the bundle's size ("6 changes toward ... level 1")
     */
    public record Action(String question, String practice, String from, String to, String remediation, String effort,
                         List<String> unlocks, String toward, List<String> clears) {

        /** "unanswered → yes". */
        public String change() {
            return (from == null || from.isEmpty() ? "unanswered" : from) + " \u2192 " + to;
        }
    }

    public Verdict {
        models = List.copyOf(models);
        actions = List.copyOf(actions);
        restsOn = restsOn == null ? RESTS_ON : restsOn;
    }

    /** A verdict that rests on "the team's answers", uncounted. */
    public Verdict(List<ModelCard> models, TargetLevel target, String goal, String gap, List<Action> actions) {
        this(models, target, goal, gap, actions, null);
    }

    static List<ModelCard> cards(AssessmentResult result, List<MaturityModel> definitions) {
        return result.models().stream().map(model -> {
            MaturityModel definition = definitions.stream().filter(d -> d.id().equals(model.model())).findFirst()
                    .orElse(null);
            return new ModelCard(model, LadderSvg.of(model, definition, result.target()),
                    DimensionBars.of(model, definition), RestsOnBar.of(model),
                    model.checklist() ? ChecklistCard.of(model) : null);
        }).toList();
    }

    /** The levels the next actions work toward, once each: "First of 6 changes toward ... level 1". */
    public List<String> towards() {
        return actions.stream().map(Action::toward).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The result's basis in words: "rests on 31 answers: 4 confirmed, 6 evidenced, 21 bare claims". */
    static String restsOn(AssessmentResult result) {
        return result.restsOn() == null ? RESTS_ON : result.restsOn().words();
    }
}
