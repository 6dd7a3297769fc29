/**
 * Maturity model definitions: models, their levels and the criteria that gate each level. The decision tables in
 * {@code rules/} insert the raw rows ({@link ModelRow}, {@link LevelRow}, {@link CriterionRow}); {@link
 * DefinitionAssembler} checks them against the practice catalog and turns them into typed definitions, naming the
 * sheet row of every problem. Plain Java.
 */
package org.maturityadvisor.definition;
