package org.maturityadvisor.definition;

/** A raw "Levels" table row as the decision table's actions fill it in; checked by {@link DefinitionAssembler}. */
public final class LevelRow {
    String model;
    String level;
    String name;
    String description;
    String scoreAbove;
    String linesUpWith;

    public static LevelRow model(String model) {
        LevelRow row = new LevelRow();
        row.model = model;
        return row;
    }

    public void level(String level) {
        this.level = level;
    }

    public void name(String name) {
        this.name = name;
    }

    public void description(String description) {
        this.description = description;
    }

    /** Scored models: the band is reached when the score is above this. */
    public void scoreAbove(String scoreAbove) {
        this.scoreAbove = scoreAbove;
    }

    /** The levels of the crosswalk model this level lines up with: {@code 2} or {@code 2-3}. */
    public void linesUpWith(String linesUpWith) {
        this.linesUpWith = linesUpWith;
    }
}
