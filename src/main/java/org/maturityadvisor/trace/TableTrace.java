package org.maturityadvisor.trace;

import java.util.List;

import org.maturityadvisor.definition.ModelKind;

/**
 * One model's tables traced for one result: the model, the rule-set version whose tables these are, the level (band)
 * reached with its score, how many rows carry each mark ({@code legend}, every mark, in {@link TraceMark} order) and
 * the tables in file and sheet order.
 */
public record TableTrace(String model, String modelName, ModelKind kind, String rulesetVersion, int level,
                         String levelName, int topLevel, Double score, List<MarkCount> legend,
                         List<TraceTable> tables) {

    public TableTrace {
        legend = List.copyOf(legend);
        tables = List.copyOf(tables);
    }

    /** How many rows carry one mark. */
    public record MarkCount(TraceMark mark, int count) {
    }
}
