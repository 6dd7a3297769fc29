package org.maturityadvisor.definition;

/** A "Levels" table row: a level (a band of a scored model) of a model, with the score it must exceed if scored. */
public record LevelRow(String model, String level, String name, String description, String scoreAbove,
                       String linesUpWith) implements DefinitionRow {
}
