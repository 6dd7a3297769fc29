package org.maturityadvisor.definition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the target table, as a rule fact: a team whose context meets every condition should aim for
 * {@code level} of {@code model}. A null condition is the table's "any" and matches an unknown context value too; a
 * set condition never matches an unknown one. Rows are tried in table order ({@code order}); the first match wins.
 */
public record TargetRule(String id, String model, int level, Integer useCasesFrom, Integer useCasesTo,
                         Boolean businessCritical, Boolean inProduction, String reason, int order,
                         SourceRow source, List<ContextCondition> context) {

    public TargetRule {
        context = context == null ? List.of() : List.copyOf(context);
    }

    /** A row with no conditions on declared context fields. */
    public TargetRule(String id, String model, int level, Integer useCasesFrom, Integer useCasesTo,
                      Boolean businessCritical, Boolean inProduction, String reason, int order, SourceRow source) {
        this(id, model, level, useCasesFrom, useCasesTo, businessCritical, inProduction, reason, order, source,
                List.of());
    }

    /** The row's conditions as the table states them, e.g. "use cases 2-3, business-critical any, in production yes". */
    public String conditions() {
        String useCases = useCasesFrom == null && useCasesTo == null ? "any"
                : useCasesTo == null ? useCasesFrom + "+"
                : useCasesFrom.equals(useCasesTo) ? String.valueOf(useCasesFrom) : useCasesFrom + "-" + useCasesTo;
        return "use cases " + useCases + ", business-critical " + yesNoAny(businessCritical) + ", in production "
                + yesNoAny(inProduction) + context.stream().map(c -> ", " + c).collect(Collectors.joining());
    }

    /** Whether every context this row matches is matched by {@code earlier} too, so this row can never win. */
    public boolean shadowedBy(TargetRule earlier) {
        boolean useCases = (earlier.useCasesFrom == null || useCasesFrom != null && useCasesFrom >= earlier.useCasesFrom)
                && (earlier.useCasesTo == null || useCasesTo != null && useCasesTo <= earlier.useCasesTo);
        return useCases && (earlier.businessCritical == null || earlier.businessCritical.equals(businessCritical))
                && (earlier.inProduction == null || earlier.inProduction.equals(inProduction))
                && earlier.context.stream().allMatch(wider -> context.stream().anyMatch(narrower ->
                        narrower.field().equals(wider.field()) && wider.values().containsAll(narrower.values())));
    }

    public boolean matchesEverything() {
        return useCasesFrom == null && useCasesTo == null && businessCritical == null && inProduction == null
                && context.isEmpty();
    }

    private static String yesNoAny(Boolean value) {
        return value == null ? "any" : value ? "yes" : "no";
    }
}
