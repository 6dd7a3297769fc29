package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.definition.Definitions;

/** The port to the rules: evaluates one team's answers and context and returns the facts the rules inserted. */
public interface RuleEngine {

    /** Against every model and the target table. */
    RuleFindings evaluate(Answers answers, TeamContext context);

    /** Against only the given definitions (a subset of the rule set's, see {@link Definitions#only}); cheaper. */
    RuleFindings evaluate(Answers answers, TeamContext context, Definitions definitions);
}
