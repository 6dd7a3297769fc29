package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answers;

/** Evaluates a team's answers and context against one compiled rule set; implemented over Drools in {@code kie}. */
public interface RuleEngine {

    RuleFindings evaluate(Answers answers, TeamContext context);
}
