package org.maturityadvisor.definition;

/**
 * A "Criteria" row of a gated model, or a "Tests" row of a scored one (points per answer instead of a level and a
 * required value).
 */
public record CriterionRow(String id, String model, String level, String dimension, String text, String practice,
                           String required, String remediation, String effort, String points)
        implements DefinitionRow {
}
