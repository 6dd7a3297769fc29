/**
 * The only package that touches the KIE API. {@link KieRuleCompiler} compiles the repository's DRL files (the only
 * code the service compiles; every builder message checked and mapped to its file and line) and hands back a
 * {@link KieRuleEngine} that evaluates teams against a rule set's checked definitions, inserted as typed facts, one
 * disposed session per assessment. No table cell ever reaches this package as text.
 */
package org.maturityadvisor.kie;
