package org.maturityadvisor.definition;

/** A raw "Model" table row as the decision table's actions fill it in; checked by {@link DefinitionAssembler}. */
public final class ModelRow {
    String id;
    String name;
    String source;

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
}
