package org.maturityadvisor.simulation;

import java.util.List;

import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.wire.WireId;

/**
 * The best next steps from a team's answers, best first: bundles (a level of a model completed by its least changes)
 * and single changes, ranked by the levels they gain over all models, then the least effort, then the fewest changes.
 * Only options that gain a level are listed.
 */
public record NextSteps(List<Option> options) {

    public NextSteps {
        options = List.copyOf(options);
    }

    /** Whether an option is a bundle of changes or one practice's change. */
    public enum Kind implements WireId {
        BUNDLE, CHANGE;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One option: its steps as applied to the team's current answers, the levels it gains in total and per model,
     * and its effort (the largest of its steps'). A {@link Kind#CHANGE} merges the values of one practice: its step
     * is the value that gains most at the least effort, {@code alternatives} the other values that also gain.
     */
    public record Option(Kind kind, String title, List<Roadmap.Step> steps, int levelsGained,
                         List<Roadmap.LevelGain> gains, Effort effort, List<Alternative> alternatives) {

        public Option {
            steps = List.copyOf(steps);
            gains = List.copyOf(gains);
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Another value of the same practice that also gains levels. */
    public record Alternative(String value, int levelsGained) {
    }
}
