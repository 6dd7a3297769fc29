package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * Checks the rows of the target-level table: each names a gated model and one of its levels, conditions on the team's
 * context (use cases {@code any}, {@code 4}, {@code 2-3} or {@code 5+}; business-critical and in production {@code yes},
 * {@code no} or {@code any}: a blank is refused, never read as "any") and a reason. Rows are tried in table order, so
 * the table must end with a row that matches every context, and a row that an earlier row always beats is refused.
 */
final class TargetTable {

    private TargetTable() {
    }

    static List<TargetRule> assemble(List<TableRow> rows, List<MaturityModel> models, RowChecks checks,
                                     PracticeCatalog catalog) {
        List<TargetRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TableRow tableRow : rows) {
            if (tableRow.row() instanceof TargetRow row) {
                rule(row, tableRow.source(), models, checks, catalog, rules.size()).ifPresent(rule -> {
                    if (!ids.add(rule.id())) {
                        checks.problem(FindingKind.DUPLICATE_ID, rule.source(), "target rule id "
                                + "\"" + rule.id() + "\" is used twice");
                    }
                    rules.add(rule);
                });
            }
        }
        checkOrder(rules, checks);
        return rules;
    }

    private static Optional<TargetRule> rule(TargetRow row, SourceRow source, List<MaturityModel> models,
                                             RowChecks checks, PracticeCatalog catalog, int order) {
        boolean complete = checks.required(source, "Rule id", row.id()) & checks.required(source, "Reason", row.reason());
        Optional<MaturityModel> model = model(row.model(), source, models, checks);
        Optional<Integer> level = checks.integer(source, "Target level", row.level(), 0)
                .filter(n -> model.isEmpty() || withinModel(n, model.get(), source, checks));
        Optional<Integer[]> useCases = useCases(row.useCases(), source, checks);
        Optional<Optional<Boolean>> critical = yesNoAny("Business-critical", row.businessCritical(), source, checks);
        Optional<Optional<Boolean>> production = yesNoAny("In production", row.inProduction(), source, checks);
        Optional<List<ContextCondition>> context = Applicability.conditions("Context", row.context(), source, catalog,
                checks);
        if (!complete || model.isEmpty() || level.isEmpty() || useCases.isEmpty() || critical.isEmpty()
                || production.isEmpty() || context.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TargetRule(row.id(), row.model(), level.get(), useCases.get()[0], useCases.get()[1],
                critical.get().orElse(null), production.get().orElse(null), row.reason(), order, source,
                context.get()));
    }

    private static Optional<MaturityModel> model(String id, SourceRow source, List<MaturityModel> models,
                                                 RowChecks checks) {
        if (!checks.required(source, "Model", id)) {
            return Optional.empty();
        }
        Optional<MaturityModel> model = models.stream().filter(m -> m.id().equals(id)).findFirst();
        if (model.isEmpty()) {
            checks.problem(FindingKind.UNKNOWN_MODEL, source, "Model \"" + id + "\" is not defined in a Model table");
        } else if (model.get().kind() != ModelKind.GATED) {
            checks.problem(FindingKind.TARGET_TABLE, source, "Model \"" + id + "\" is scored; a target level needs a "
                    + "gated model, whose "
                    + "levels have criteria to build a roadmap from");
            return Optional.empty();
        }
        return model;
    }

    private static boolean withinModel(int level, MaturityModel model, SourceRow source, RowChecks checks) {
        if (level > model.topLevel()) {
            checks.problem(FindingKind.UNKNOWN_LEVEL, source, "Target level " + level + " is not a level of model "
                    + "\"" + model.id()
                    + "\" (0-" + model.topLevel() + ")");
            return false;
        }
        return true;
    }

    /** {@code [from, to]}, either null for "any" / "no upper bound". */
    private static Optional<Integer[]> useCases(String cell, SourceRow source, RowChecks checks) {
        if (!checks.required(source, "ML use cases", cell)) {
            return Optional.empty();
        }
        String text = cell.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (text.equals("any")) {
            return Optional.of(new Integer[] {null, null});
        }
        Optional<Integer> from;
        Optional<Integer> to;
        if (text.endsWith("+")) {
            from = RowChecks.parseInteger(text.substring(0, text.length() - 1));
            to = Optional.empty();
        } else if (text.matches("\\d+(\\.0)?-\\d+(\\.0)?")) {
            from = RowChecks.parseInteger(text.substring(0, text.indexOf('-')));
            to = RowChecks.parseInteger(text.substring(text.indexOf('-') + 1));
        } else {
            from = RowChecks.parseInteger(text);
            to = from;
        }
        if (from.isEmpty() || from.get() < 0 || (to.isPresent() && to.get() < from.get())
                || (to.isEmpty() && !text.endsWith("+"))) {
            checks.problem(FindingKind.BAD_VALUE, source, "ML use cases \"" + cell + "\" is not any, a number (4), a "
                    + "range (2-3) or an "
                    + "open range (5+)");
            return Optional.empty();
        }
        return Optional.of(new Integer[] {from.get(), to.orElse(null)});
    }

    /** Empty when the cell is wrong; an empty inner value is "any". */
    private static Optional<Optional<Boolean>> yesNoAny(String column, String cell, SourceRow source,
                                                        RowChecks checks) {
        if (!checks.required(source, column, cell)) {
            return Optional.empty();
        }
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "yes" -> Optional.of(Optional.of(Boolean.TRUE));
            case "no" -> Optional.of(Optional.of(Boolean.FALSE));
            case "any" -> Optional.of(Optional.empty());
            default -> {
                checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\" is not yes, no or any");
                yield Optional.empty();
            }
        };
    }

    private static void checkOrder(List<TargetRule> rules, RowChecks checks) {
        if (rules.isEmpty()) {
            return;
        }
        if (rules.stream().map(TargetRule::model).distinct().count() > 1) {
            checks.problem(FindingKind.TARGET_TABLE, rules.get(0).source(), "every row of the target table must name "
                    + "the same model; found "
                    + rules.stream().map(TargetRule::model).distinct().toList());
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int earlier = 0; earlier < i; earlier++) {
                if (rules.get(i).shadowedBy(rules.get(earlier))) {
                    checks.problem(FindingKind.TARGET_TABLE, rules.get(i).source(), "target rule "
                            + "" + rules.get(i).id() + " can never apply: "
                            + "the earlier row " + rules.get(earlier).source().row() + " (" + rules.get(earlier).id()
                            + ") matches every team it matches; move it up or narrow the earlier row");
                    break;
                }
            }
        }
        TargetRule last = rules.get(rules.size() - 1);
        if (!last.matchesEverything()) {
            checks.problem(FindingKind.TARGET_TABLE, last.source(), "the target table's last row must match every "
                    + "team (ML use cases any, "
                    + "business-critical any, in production any), so that a team whose context matches no other "
                    + "row, or who did not state it, still gets a target with a reason");
        }
    }
}
