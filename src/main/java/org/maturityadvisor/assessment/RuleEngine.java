package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answers;

/** The port to the rules: evaluates one team's answers and returns the facts the rules inserted. */
public interface RuleEngine {

    RuleFindings evaluate(Answers answers);
}
