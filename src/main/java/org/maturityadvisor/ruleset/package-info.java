/**
 * A rule set is the whole content of a rules directory: the practice catalog ({@code practices.csv}), the analysts'
 * tables ({@code *.drl.xlsx}, {@code *.drl.csv}) and the repository's DRL. {@link RuleSetCheck} is the one reader
 * every load path uses: each table read once by {@link TableCells} (formulas refused), its layout checked by
 * {@link TableStructure}, its rows read into typed rows by {@link TableRows} as the closed vocabulary of
 * {@link TableColumn} says, then assembled into checked definitions; only then is the DRL compiled. {@link
 * RuleSetLoader} loads a directory or a stored version through it and throws on any error; {@link RuleSetValidator}
 * returns the same checks as a {@link ValidationReport} for a draft an analyst uploads ({@link DraftFiles}).
 */
package org.maturityadvisor.ruleset;
