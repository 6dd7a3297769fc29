package org.maturityadvisor.definition;

/**
 * A "Dimensions" table row: declares a dimension of a model (a section of a scored or checklist model). A criterion
 * may name only a dimension its model declares, so a typo never silently creates a new dimension. {@code role} is a
 * checklist section's Role cell (required or extra); blank in the other kinds.
 */
public record DimensionRow(String model, String name, String role) implements DefinitionRow {

    /** A row without a Role column. */
    public DimensionRow(String model, String name) {
        this(model, name, null);
    }
}
