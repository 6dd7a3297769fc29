package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.catalog.Closest;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * Reads the cells that say what a criterion asks beyond the value (Needs evidence, Needs confirmation, Stale blocks,
 * May be not applicable: blank, {@code no} or {@code yes}) and the conditions on the team's context (Applies when, the
 * target table's Context): {@code inference = real-time}, {@code inference = batch|both}, several joined by
 * {@code and}. A condition names a context field the catalog declares and values of that field, so a typo never
 * becomes a condition that silently matches nobody.
 */
final class Applicability {

    private Applicability() {
    }

    static Optional<EvidenceRule> evidence(CriterionRow row, SourceRow source, RowChecks checks) {
        Optional<Boolean> evidence = flag("Needs evidence", row.needsEvidence(), source, checks);
        Optional<Boolean> confirmation = flag("Needs confirmation", row.needsConfirmation(), source, checks);
        Optional<Boolean> stale = flag("Stale blocks", row.staleBlocks(), source, checks);
        Optional<Boolean> mayBe = flag("May be not applicable", row.mayBeNotApplicable(), source, checks);
        if (evidence.isEmpty() || confirmation.isEmpty() || stale.isEmpty() || mayBe.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceRule(evidence.get(), confirmation.get(), stale.get(), mayBe.get()));
    }

    private static Optional<Boolean> flag(String column, String cell, SourceRow source, RowChecks checks) {
        if (cell == null || cell.isBlank()) {
            return Optional.of(false);
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> {
                checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\" is not yes or no (blank "
                        + "is no)");
                yield Optional.empty();
            }
        };
    }

    /** The conditions of a cell (empty for a blank cell or {@code any}), or empty when the cell is wrong. */
    static Optional<List<ContextCondition>> conditions(String column, String cell, SourceRow source,
                                                       PracticeCatalog catalog, RowChecks checks) {
        if (cell == null || cell.isBlank() || cell.strip().equalsIgnoreCase("any")) {
            return Optional.of(List.of());
        }
        List<ContextCondition> conditions = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (String part : cell.strip().split("(?i)\\s+and\\s+")) {
            Optional<ContextCondition> condition = condition(column, cell, part.strip(), source, catalog, checks);
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            if (!fields.add(condition.get().field())) {
                checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\" names "
                        + condition.get().field() + " twice; give its values once, separated by |");
                return Optional.empty();
            }
            conditions.add(condition.get());
        }
        return Optional.of(conditions);
    }

    private static Optional<ContextCondition> condition(String column, String cell, String part, SourceRow source,
                                                        PracticeCatalog catalog, RowChecks checks) {
        int equals = part.indexOf('=');
        if (equals < 0) {
            checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\" is not a condition such as "
                    + "inference = real-time (a context field, =, its values separated by |, conditions joined "
                    + "by and)");
            return Optional.empty();
        }
        String name = part.substring(0, equals).strip();
        if (name.startsWith(ContextField.PREFIX)) {
            name = name.substring(ContextField.PREFIX.length());
        }
        Optional<ContextField> field = catalog.contextField(name);
        if (field.isEmpty()) {
            List<String> declared = catalog.contextFields().stream().map(ContextField::name).toList();
            checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\": \"" + name + "\" is not a "
                    + "context field of the catalog" + (declared.isEmpty() ? " (it declares none: add a context.* "
                    + "row to practices.csv)" : " (it declares " + String.join(", ", declared) + ")")
                    + Closest.suggestion(name, declared));
            return Optional.empty();
        }
        List<String> values = Arrays.stream(part.substring(equals + 1).split("\\|")).map(String::strip).toList();
        for (String value : values) {
            if (!field.get().choices().contains(value)) {
                checks.problem(FindingKind.BAD_VALUE, source, column + " \"" + cell + "\": \"" + value + "\" is not "
                        + "a value of context field " + name + " (" + String.join(", ", field.get().choices())
                        + ")" + Closest.suggestion(value, field.get().choices()));
                return Optional.empty();
            }
        }
        return Optional.of(new ContextCondition(name, values));
    }
}
