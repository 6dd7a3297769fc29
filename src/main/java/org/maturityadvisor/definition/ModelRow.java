package org.maturityadvisor.definition;

/**
 * A "Model" table row: a model's id, name, source, kind (gated or scored) and, for a model on the crosswalk, the model
 * whose levels its "Lines up with" cells refer to.
 */
public record ModelRow(String id, String name, String source, String kind, String crosswalk) implements DefinitionRow {
}
