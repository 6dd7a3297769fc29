package org.maturityadvisor.kie;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL Drools generates from a decision table, kept so that a builder message, which names a line of this text,
 * can be mapped back to the spreadsheet row and cell the rule came from.
 */
record GeneratedDrl(String file, String drl) {

    private static final Pattern RULE_VALUES = Pattern.compile("rule values at ([A-Z]+)(\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");

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

    /** The spreadsheet row of a rule generated from this table, from the "rule values at B12" comment above it. */
    int rowOf(String ruleName) {
        List<String> lines = drl.lines().toList();
        int row = 0;
        for (String line : lines) {
            Matcher values = RULE_VALUES.matcher(line);
            if (values.find()) {
                row = Integer.parseInt(values.group(2));
            }
            Matcher name = RULE_NAME.matcher(line);
            if (name.find() && name.group(1).equals(ruleName)) {
                return row;
            }
        }
        return 0;
    }

    String packageName() {
        return drl.lines().map(PACKAGE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElse("defaultpkg");
    }

    List<String> ruleNames() {
        return drl.lines().map(RULE_NAME::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }
}
