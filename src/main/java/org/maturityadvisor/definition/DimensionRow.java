package org.maturityadvisor.definition;

/**
 * A "Dimensions" table row: declares a dimension of a model (a section of a scored model). A criterion may name only
 * a dimension its model declares, so a typo never silently creates a new dimension.
 */
public record DimensionRow(String model, String name) implements DefinitionRow {
}
