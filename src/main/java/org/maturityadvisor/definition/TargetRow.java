package org.maturityadvisor.definition;

/** A raw "Target" table row as the decision table's actions fill it in; checked by {@link DefinitionAssembler}. */
public final class TargetRow {
    String id;
    String model;
    String useCases;
    String businessCritical;
    String inProduction;
    String level;
    String reason;

    public static TargetRow id(String id) {
        TargetRow row = new TargetRow();
        row.id = id;
        return row;
    }

    public void model(String model) {
        this.model = model;
    }

    public void useCases(String useCases) {
        this.useCases = useCases;
    }

    public void businessCritical(String businessCritical) {
        this.businessCritical = businessCritical;
    }

    public void inProduction(String inProduction) {
        this.inProduction = inProduction;
    }

    public void level(String level) {
        this.level = level;
    }

    public void reason(String reason) {
        this.reason = reason;
    }
}
