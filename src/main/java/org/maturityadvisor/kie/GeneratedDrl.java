package org.maturityadvisor.kie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL Drools generates from a decision table, kept so that a builder message, which names a line of this text,
 * can be mapped back to the spreadsheet row and cell the rule came from.
 */
record GeneratedDrl(String file, String drl) {

    private static final Pattern RULE_VALUES = Pattern.compile("rule values at ([A-Z]+)(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** Where a 1-based line of the generated DRL came from, e.g. {@code row 12 (cells from B12)}. */
    String locate(int line) {
        List<String> lines = drl.lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher values = RULE_VALUES.matcher(lines.get(i));
            if (values.find()) {
                return "row " + values.group(2) + " (cells from " + values.group(1) + values.group(2) + ")";
            }
        }
        return "";
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
