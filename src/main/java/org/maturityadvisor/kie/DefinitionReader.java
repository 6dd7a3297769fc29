package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.maturityadvisor.definition.CriterionRow;
import org.maturityadvisor.definition.LevelRow;
import org.maturityadvisor.definition.ModelRow;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.definition.SourceRow;
import org.maturityadvisor.definition.TableRow;
import org.maturityadvisor.definition.TargetRow;

/**
 * Runs the decision-table rules once and collects the rows they insert, each tagged with the spreadsheet row of the
 * rule that inserted it. Every table rule must fire and insert exactly one row: a table rule with conditions, or a
 * row that defines nothing, is refused rather than silently skipped.
 */
final class DefinitionReader {

    private DefinitionReader() {
    }

    static List<TableRow> read(List<GeneratedDrl> tables) {
        List<RuleSetProblem> problems = new ArrayList<>();
        tables.stream().filter(t -> t.rowsByRule().isEmpty()).forEach(t -> problems.add(new RuleSetProblem(t.file(),
                "", "defines no rows: it needs a RuleSet cell and at least one RuleTable with data rows")));
        RuleSetException.throwIfAny(problems);

        Map<String, List<Object>> inserted = run(KieRuleCompiler.tableBase(tables));
        List<TableRow> rows = new ArrayList<>();
        for (GeneratedDrl table : tables) {
            table.rowsByRule().forEach((rule, row) -> {
                SourceRow source = new SourceRow(table.file(), row);
                List<Object> objects = inserted.getOrDefault(table.packageName() + "." + rule, List.of());
                if (objects.size() != 1 || !isRow(objects.get(0))) {
                    problems.add(new RuleSetProblem(source.file(), "row " + source.row(), "the row's rule inserted "
                            + objects.size() + " definitions instead of one; a table row must define exactly one "
                            + "model, level, criterion or target rule (are its first cell and its code row intact?)"));
                } else {
                    rows.add(new TableRow(objects.get(0), source));
                }
            });
        }
        RuleSetException.throwIfAny(problems);
        return rows;
    }

    private static Map<String, List<Object>> run(KieBase base) {
        Map<String, List<Object>> inserted = new HashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        KieSession session = base.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null && seen.put(event.getObject(), Boolean.TRUE) == null) {
                        String rule = event.getRule().getPackageName() + "." + event.getRule().getName();
                        inserted.computeIfAbsent(rule, r -> new ArrayList<>()).add(event.getObject());
                    }
                }
            });
            session.fireAllRules(KieRuleEngine.MAX_FIRINGS);
            return inserted;
        } finally {
            session.dispose();
        }
    }

    private static boolean isRow(Object object) {
        return object instanceof ModelRow || object instanceof LevelRow || object instanceof CriterionRow
                || object instanceof TargetRow;
    }
}
