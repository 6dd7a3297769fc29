package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.maturityadvisor.definition.Finding;

/**
 * Everything in a table that is not a data row (settings, RuleTable headers, keywords, object types, code snippets,
 * labels) is code, and code changes only through the repository. A table with a namesake in the template must have
 * exactly the template's code rows. A new table must be built from the template's parts: a RuleTable the template
 * has (Model, Levels, Criteria, Tests, Target), its keywords, its first column's code, and other columns whose code
 * is made only of statements the template's same-named table has; its own RuleSet package; the template's Import.
 */
final class CodeRows {

    static final Pattern NEW_PACKAGE = Pattern.compile("org\\.maturityadvisor\\.rules\\.[a-z][a-z0-9]*");
    private static final String FIXED = "code rows are fixed (only the white data rows may change): ";

    private CodeRows() {
    }

    /** The parts a new table may be built from: everything the template's tables contain. */
    record Parts(Set<String> imports, Map<String, Set<String>> keywords, Map<String, Set<String>> objectTypes,
                 Map<String, Set<String>> firstColumns, Map<String, Set<String>> statements) {

        static Parts of(List<SheetLayout> template) {
            Parts parts = new Parts(new HashSet<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (SheetLayout layout : template) {
                setting(layout, "Import").ifPresent(parts.imports::add);
                for (SheetLayout.Table table : layout.tables()) {
                    String name = table.name();
                    parts.keywords.computeIfAbsent(name, n -> new HashSet<>())
                            .addAll(layout.row(table.keywordRow()).values());
                    parts.objectTypes.computeIfAbsent(name, n -> new HashSet<>())
                            .addAll(layout.row(table.objectTypeRow()).values());
                    SortedMap<Integer, String> code = layout.row(table.codeRow());
                    code.forEach((column, snippet) -> {
                        if (column == table.column()) {
                            parts.firstColumns.computeIfAbsent(name, n -> new HashSet<>()).add(snippet);
                        } else {
                            parts.statements.computeIfAbsent(name, n -> new HashSet<>()).addAll(CodeRows.statements(snippet));
                        }
                    });
                }
            }
            return parts;
        }
    }

    /** A table whose namesake is in the template: every cell outside the data rows must be the template's. */
    static List<Finding> sameAs(SheetLayout draft, SheetLayout template) {
        List<Finding> findings = new ArrayList<>();
        List<SheetLayout.Block> ours = draft.blocks();
        List<SheetLayout.Block> theirs = template.blocks();
        for (int i = 0; i < Math.max(ours.size(), theirs.size()) && findings.isEmpty(); i++) {
            if (i >= ours.size()) {
                findings.add(TableStructure.at(draft, lastRow(draft) + 1, 0, FIXED + "the template goes on with "
                        + describe(template, theirs.get(i)) + ", which is missing here"));
            } else if (i >= theirs.size()) {
                findings.add(TableStructure.at(draft, firstRow(ours.get(i)), 0, FIXED + "the template has nothing "
                        + "from here on; this row is not part of any table's data"));
            } else {
                compare(draft, ours.get(i), template, theirs.get(i), findings);
            }
        }
        return findings;
    }

    private static void compare(SheetLayout draft, SheetLayout.Block ours, SheetLayout template,
                                SheetLayout.Block theirs, List<Finding> findings) {
        if (ours instanceof SheetLayout.Table table && theirs instanceof SheetLayout.Table other) {
            int[][] rows = {{table.headerRow(), other.headerRow()}, {table.keywordRow(), other.keywordRow()},
                    {table.objectTypeRow(), other.objectTypeRow()}, {table.codeRow(), other.codeRow()},
                    {table.labelRow(), other.labelRow()}};
            for (int[] pair : rows) {
                sameCells(draft, pair[0], draft.row(pair[0]), template.row(pair[1]), findings);
            }
        } else if (ours instanceof SheetLayout.SettingRow row && theirs instanceof SheetLayout.SettingRow other) {
            sameCells(draft, row.row(), row.cells(), other.cells(), findings);
        } else {
            findings.add(TableStructure.at(draft, firstRow(ours), 0, FIXED + "the template has "
                    + describe(template, theirs) + " here"));
        }
    }

    private static void sameCells(SheetLayout draft, int row, SortedMap<Integer, String> ours,
                                  SortedMap<Integer, String> theirs, List<Finding> findings) {
        Set<Integer> columns = new TreeSet<>(ours.keySet());
        columns.addAll(theirs.keySet());
        for (int column : columns) {
            String expected = theirs.get(column);
            if (!java.util.Objects.equals(ours.get(column), expected)) {
                findings.add(TableStructure.at(draft, row, column, FIXED + (expected == null ? "this cell must be "
                        + "empty, as in the template" : "this cell must read exactly \"" + expected + "\", as in the "
                        + "template") + (ours.get(column) == null ? "" : "; found \"" + ours.get(column) + "\"")));
            }
        }
    }

    /** A table with no namesake in the template: built only from the template's parts. */
    static List<Finding> builtFrom(SheetLayout draft, Parts parts) {
        List<Finding> findings = new ArrayList<>();
        if (setting(draft, "RuleSet").isEmpty() || setting(draft, "Import").isEmpty()) {
            findings.add(TableStructure.at(draft, 0, 0, "a new table needs a RuleSet row (its own package, "
                    + "org.maturityadvisor.rules.<model>) and the Import row of a table of the same kind; copy "
                    + "them from a shipped table"));
        }
        for (SheetLayout.Block block : draft.blocks()) {
            if (block instanceof SheetLayout.SettingRow row) {
                newSetting(draft, row, parts, findings);
            } else if (block instanceof SheetLayout.Table table) {
                newTable(draft, table, parts, findings);
            }
        }
        return findings;
    }

    private static void newSetting(SheetLayout draft, SheetLayout.SettingRow row, Parts parts,
                                   List<Finding> findings) {
        int keyColumn = row.cells().firstKey();
        String key = row.cells().get(keyColumn);
        String value = row.cells().get(keyColumn + 1);
        if (row.cells().size() > 2 || (row.cells().size() == 2 && value == null)) {
            findings.add(TableStructure.at(draft, row.row(), row.cells().lastKey(), "a setting row holds two "
                    + "cells, the setting and its value"));
        } else if ("RuleSet".equals(key) && (value == null || !NEW_PACKAGE.matcher(value).matches())) {
            findings.add(TableStructure.at(draft, row.row(), keyColumn + 1, "the RuleSet of a new table must be "
                    + "org.maturityadvisor.rules. followed by lower-case letters and digits, e.g. "
                    + "org.maturityadvisor.rules.releaserubric"));
        } else if ("Import".equals(key) && !parts.imports().contains(value)) {
            findings.add(TableStructure.at(draft, row.row(), keyColumn + 1, "the Import of a new table must be "
                    + "copied from a shipped table of the same kind: " + String.join(" or ", parts.imports())));
        } else if ("Notes".equals(key) && value != null && SafeText.refusal(value).isPresent()) {
            findings.add(TableStructure.at(draft, row.row(), keyColumn + 1, "Notes "
                    + SafeText.refusal(value).get()));
        } else if (!"RuleSet".equals(key) && !"Import".equals(key) && !"Notes".equals(key)) {
            findings.add(TableStructure.at(draft, row.row(), keyColumn, "a new table may have only RuleSet, "
                    + "Import and Notes rows outside its tables; \"" + key + "\" is code, which changes only "
                    + "through the repository"));
        }
    }

    private static void newTable(SheetLayout draft, SheetLayout.Table table, Parts parts, List<Finding> findings) {
        String name = table.name();
        if (!parts.firstColumns().containsKey(name)) {
            findings.add(TableStructure.at(draft, table.headerRow(), table.column(), "a new table can only be one "
                    + "of the kinds the shipped tables have (" + String.join(", ", new TreeSet<>(
                    parts.firstColumns().keySet())) + "); \"" + name + "\" is not one"));
            return;
        }
        oneOf(draft, table.keywordRow(), parts.keywords().get(name), "keyword", findings);
        oneOf(draft, table.objectTypeRow(), parts.objectTypes().get(name), "object type", findings);
        layoutCode(draft, table, parts, findings);
        // Drools keeps labels out of the rules it generates; refused all the same, like every other cell
        draft.row(table.labelRow()).forEach((column, label) -> SafeText.refusal(label).ifPresent(refusal ->
                findings.add(TableStructure.at(draft, table.labelRow(), column, "the label " + refusal))));
    }

    private static void layoutCode(SheetLayout draft, SheetLayout.Table table, Parts parts,
                                   List<Finding> findings) {
        String name = table.name();
        draft.row(table.codeRow()).forEach((column, snippet) -> {
            if (column == table.column()) {
                if (!parts.firstColumns().get(name).contains(snippet)) {
                    findings.add(TableStructure.at(draft, table.codeRow(), column, "the first column of a "
                            + name + " table must read exactly as in a shipped table: "
                            + String.join(" or ", parts.firstColumns().get(name))));
                }
            } else {
                statements(snippet).stream().filter(s -> !parts.statements().getOrDefault(name, Set.of()).contains(s))
                        .findFirst().ifPresent(statement -> findings.add(TableStructure.at(draft, table.codeRow(),
                                column, "\"" + statement + "\" is not code of a shipped " + name + " table; a new "
                                        + "table may only reuse the shipped tables' code (changes to code go "
                                        + "through the repository)")));
            }
        });
    }

    private static void oneOf(SheetLayout draft, int row, Set<String> allowed, String what, List<Finding> findings) {
        draft.row(row).forEach((column, value) -> {
            if (!allowed.contains(value)) {
                findings.add(TableStructure.at(draft, row, column, "\"" + value + "\" is not a " + what + " the "
                        + "shipped tables of this kind use" + (allowed.isEmpty() ? " (they leave this row empty)"
                        : " (" + String.join(", ", allowed) + ")")));
            }
        });
    }

    /** The statements of a code snippet, each with its semicolon: {@code a(); b();} is {@code a();}, {@code b();}. */
    static List<String> statements(String snippet) {
        return Arrays.stream(snippet.split("(?<=;)")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The value of a setting row ({@code RuleSet}, {@code Import}) of the sheet. */
    static Optional<String> setting(SheetLayout layout, String key) {
        return layout.blocks().stream().filter(SheetLayout.SettingRow.class::isInstance)
                .map(SheetLayout.SettingRow.class::cast)
                .filter(row -> key.equals(row.cells().get(row.cells().firstKey())))
                .map(row -> row.cells().get(row.cells().firstKey() + 1)).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static String describe(SheetLayout template, SheetLayout.Block block) {
        if (block instanceof SheetLayout.Table table) {
            return "the table \"" + table.header() + "\"";
        }
        SheetLayout.SettingRow row = (SheetLayout.SettingRow) block;
        return "the row \"" + String.join(" | ", row.cells().values()) + "\"";
    }

    private static int firstRow(SheetLayout.Block block) {
        return block instanceof SheetLayout.Table table ? table.headerRow() : ((SheetLayout.SettingRow) block).row();
    }

    private static int lastRow(SheetLayout layout) {
        return layout.sheet().rows().isEmpty() ? 0 : layout.sheet().rows().lastKey();
    }
}
