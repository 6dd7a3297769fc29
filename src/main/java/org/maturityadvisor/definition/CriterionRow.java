package org.maturityadvisor.definition;

/**
 * A raw "Criteria" table row as the decision table's actions fill it in. Every cell arrives as a quoted string, so a
 * cell is data, never code; {@link DefinitionAssembler} checks each one against the catalog.
 */
public final class CriterionRow {
    String id;
    String model;
    String level;
    String dimension;
    String text;
    String practice;
    String required;
    String remediation;
    String effort;
    String points;

    public static CriterionRow id(String id) {
        CriterionRow row = new CriterionRow();
        row.id = id;
        return row;
    }

    public void model(String model) {
        this.model = model;
    }

    public void level(String level) {
        this.level = level;
    }

    public void dimension(String dimension) {
        this.dimension = dimension;
    }

    public void text(String text) {
        this.text = text;
    }

    public void practice(String practice) {
        this.practice = practice;
    }

    public void required(String required) {
        this.required = required;
    }

    public void remediation(String remediation) {
        this.remediation = remediation;
    }

    public void effort(String effort) {
        this.effort = effort;
    }

    /** Scored models: the points each answer earns, e.g. {@code manual: 0.5, automated: 1}. */
    public void points(String points) {
        this.points = points;
    }
}
