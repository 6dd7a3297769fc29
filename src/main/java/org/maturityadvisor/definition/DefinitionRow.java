package org.maturityadvisor.definition;

/**
 * One data row of an analyst's table, as its cells read (each a string, or null when blank): data only, never code.
 * {@link DefinitionAssembler} checks every cell as a value of its column and turns the rows into typed definitions.
 */
public sealed interface DefinitionRow permits ModelRow, LevelRow, DimensionRow, CriterionRow, TargetRow {
}
