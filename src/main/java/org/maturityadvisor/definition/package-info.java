/**
 * Maturity model definitions: models, their levels, dimensions and the criteria that gate each level, and the target
 * advice. The tables in {@code rules/} are read as data into raw rows ({@link ModelRow}, {@link LevelRow},
 * {@link DimensionRow}, {@link CriterionRow}, {@link TargetRow}); {@link DefinitionAssembler} checks them against the
 * practice catalog and turns them into typed definitions, naming the sheet row of every problem. Plain Java.
 */
package org.maturityadvisor.definition;
