/**
 * The only package that touches the KIE API. {@link KieRuleCompiler} compiles the repository's DRL files (the only
 * code the service compiles; every builder message checked and mapped to its file and line) and hands back a
 * {@link KieRuleEngine} that evaluates teams against a rule set's checked definitions, inserted as typed facts, one
 * disposed session per assessment. The repository's DRL as shipped is compiled when the jar is built
 * ({@link RulePrecompiler}) and loaded from it ({@link PrecompiledRules}); any other DRL is compiled at run time. No
 * table cell ever reaches this package as text.
 */
package org.maturityadvisor.kie;
