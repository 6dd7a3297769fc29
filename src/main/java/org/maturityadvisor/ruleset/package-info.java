/**
 * A rule set is the whole content of a rules directory: the practice catalog ({@code practices.csv}), the decision
 * tables ({@code *.drl.xlsx}, {@code *.drl.csv}) and the DRL. {@link RuleSetLoader} reads one, names it by a content
 * hash, and compiles it into an {@link org.maturityadvisor.assessment.Advisor}, or refuses it with every problem found.
 * {@link RuleSetValidator} checks a draft an analyst uploads ({@link DraftFiles}) against the active rule set, cell by
 * cell and before the compiler sees any of it, and returns a {@link ValidationReport} with the compiled draft when it
 * is valid.
 */
package org.maturityadvisor.ruleset;
