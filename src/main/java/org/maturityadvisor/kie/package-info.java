/**
 * The only package that touches the KIE API. {@link KieRuleCompiler} compiles the decision tables and DRL of one
 * rule-set version (every builder message checked and mapped back to its sheet row or DRL line), runs the table rules
 * once to read the model definitions, and hands back a {@link KieRuleEngine} that evaluates teams on the compiled
 * knowledge base, one disposed session per assessment.
 */
package org.maturityadvisor.kie;
