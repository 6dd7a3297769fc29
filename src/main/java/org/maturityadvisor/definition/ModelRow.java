package org.maturityadvisor.definition;

/** A raw "Model" table row as the decision table's actions fill it in; checked by {@link DefinitionAssembler}. */
public final class ModelRow {
    String id;
    String name;
    String source;
    String kind;
    String crosswalk;

    public static ModelRow id(String id) {
        ModelRow row = new ModelRow();
        row.id = id;
        return row;
    }

    public void name(String name) {
        this.name = name;
    }

    public void source(String source) {
        this.source = source;
    }

    public void kind(String kind) {
        this.kind = kind;
    }

    /** The model whose levels the "Lines up with" cells of this model's Levels table refer to. */
    public void crosswalk(String crosswalk) {
        this.crosswalk = crosswalk;
    }
}
