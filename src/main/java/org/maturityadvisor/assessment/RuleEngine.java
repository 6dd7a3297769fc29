package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answers;

/** The port to the rules: evaluates one team's answers and context and returns the facts the rules inserted. */
public interface RuleEngine {

    /** Against every model and the target table. */
    RuleFindings evaluate(Answers answers, TeamContext context);

    /**
     * Variants of one team, evaluated one after another on one session that keeps what it derived: a variant that
     * changes a few answers costs only what those answers change. Close it when done.
     */
    Variants variants(TeamContext context);

    /** One team's variants: each evaluation is of exactly the answers given, whatever the one before. */
    interface Variants extends AutoCloseable {

        RuleFindings evaluate(Answers answers);

        /**
         * As {@link #evaluate}, but the findings need hold only what {@link ModelOutcome}s are read from (criterion
         * results, classifications and scores): for rankings that compare levels, never explain them.
         */
        default RuleFindings evaluateOutcomes(Answers answers) {
            return evaluate(answers);
        }

        @Override
        void close();
    }
}
