package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.definition.Finding;

/**
 * The DRL Drools generates from a decision table, kept so that a builder message, which names a line of this text,
 * can be mapped back to the spreadsheet row and cell the rule came from.
 */
record GeneratedDrl(RuleFile table, String drl) {

    private static final Pattern RULE_VALUES = Pattern.compile("rule values at ([A-Z]+)(\\d+), header at [A-Z]+(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    /** MVEL quotes the statement it could not compile: {@code [Near : {... l.levle("3"); ....}]}. */
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.}]");

    String file() {
        return table.name();
    }

    /**
     * Where a builder message on a 1-based line of the generated DRL came from: the cell whose column's code made
     * the failing statement, e.g. {@code cell C12 (row 12)}, or else the row, e.g. {@code row 12 (cells from A12)}.
     */
    String locate(int line, String message) {
        List<String> lines = drl.lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher values = RULE_VALUES.matcher(lines.get(i));
            if (values.find()) {
                int row = Integer.parseInt(values.group(2));
                int statement = failingStatement(lines, i, line, message == null ? "" : message);
                return column(Integer.parseInt(values.group(3)) - 1, row - 1, statement)
                        .map(column -> "cell " + column + row + " (row " + row + ")")
                        .orElse("row " + row + " (cells from " + values.group(1) + row + ")");
            }
        }
        return "";
    }

    /** Which line of the rule's consequence failed (0 for the first), or -1 when the message does not say. */
    private static int failingStatement(List<String> lines, int ruleStart, int line, String message) {
        List<Integer> consequence = new ArrayList<>();
        boolean then = false;
        for (int i = ruleStart + 1; i < lines.size() && !lines.get(i).trim().equals("end"); i++) {
            if (then) {
                consequence.add(i);
            }
            then |= lines.get(i).trim().equals("then");
        }
        Matcher near = NEAR.matcher(message);
        String quoted = near.find() ? near.group(1).trim() : null;
        for (int k = 0; k < consequence.size(); k++) {
            String text = lines.get(consequence.get(k)).trim();
            if (quoted != null ? !quoted.isEmpty() && text.contains(quoted) : consequence.get(k) == line - 1) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The column of the k-th consequence statement of a row: Drools writes one per ACTION column with code, in
     * column order, skipping the row's blank cells. Read from the table only on this (rare) error path.
     */
    private Optional<String> column(int headerRow, int row, int statement) {
        if (statement < 0) {
            return Optional.empty();
        }
        try {
            TableCells.Sheet sheet = TableCells.read(table).get(0);
            List<Integer> columns = sheet.rows().getOrDefault(headerRow + 1, new java.util.TreeMap<>()).entrySet()
                    .stream().filter(keyword -> keyword.getValue().startsWith("A"))
                    .map(Map.Entry::getKey)
                    .filter(column -> sheet.cell(headerRow + 3, column) != null && sheet.cell(row, column) != null)
                    .toList();
            return statement < columns.size() ? Optional.of(Finding.columnLetter(columns.get(statement)))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The spreadsheet row of every rule generated from this table, in table order, read from the "rule values at B12"
     * comment Drools writes above each rule.
     */
    Map<String, Integer> rowsByRule() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        int row = 0;
        for (String line : drl.lines().toList()) {
            Matcher values = RULE_VALUES.matcher(line);
            if (values.find()) {
                row = Integer.parseInt(values.group(2));
            }
            Matcher name = RULE_NAME.matcher(line);
            if (name.find()) {
                rows.put(name.group(1), row);
            }
        }
        return rows;
    }

    /** The package of its rules as Drools names it in rule events ("defaultpkg" when the sheet declares none). */
    String packageName() {
        String declared = KieBaseBuilder.packageOf(drl);
        return declared.isEmpty() ? "defaultpkg" : declared;
    }
}
