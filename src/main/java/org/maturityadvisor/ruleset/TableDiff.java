package org.maturityadvisor.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * Two versions of the rules compared cell by cell, as the analysts edit them: each table's cells read by the same
 * {@link TableCells} the loader uses, each other file (DRL, README) line by line. Files added or removed are named.
 */
public final class TableDiff {

    /** What happened to a whole file. */
    public enum Change {
        ADDED, REMOVED, CHANGED;

        /** For people: {@code added}, {@code removed}, {@code changed}. */
        public String words() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param where  a cell ({@code F12}) of a sheet (null for a CSV file or a text file), or {@code line 7}
     * @param table  the RuleTable the cell is in ({@code Criteria}), null for a text file or a table without any
     * @param column the header of the cell's column ({@code Required value}), null for a text file or a setting
     * @param row    the id of the cell's row ({@code ms-experiment-tracking}), null outside data rows
     * @param text   the row in words (a criterion's question), null when its table has no such column
     */
    public record CellChange(String file, String sheet, String where, String before, String after, String table,
                             String column, String row, String text) {

        CellChange(String file, String where, String before, String after) {
            this(file, null, where, before, after, null, null, null, null);
        }
    }

    public record FileChange(String file, Change change) {
    }

    /** @param truncated more cells differ than the {@code max} asked for */
    public record Result(List<FileChange> files, List<CellChange> cells, boolean truncated) {

        public boolean identical() {
            return files.isEmpty();
        }
    }

    private TableDiff() {
    }

    public static Result between(List<RuleFile> before, List<RuleFile> after, int max) {
        Map<String, RuleFile> was = byName(before);
        Map<String, RuleFile> now = byName(after);
        List<FileChange> files = new ArrayList<>();
        List<CellChange> cells = new ArrayList<>();
        for (String name : new TreeSet<>(union(was.keySet(), now.keySet()))) {
            RuleFile a = was.get(name);
            RuleFile b = now.get(name);
            if (a == null || b == null) {
                files.add(new FileChange(name, a == null ? Change.ADDED : Change.REMOVED));
            } else if (!Arrays.equals(a.content(), b.content())) {
                files.add(new FileChange(name, Change.CHANGED));
                cells.addAll(isTable(name) ? cells(a, b) : lines(a, b));
            }
        }
        boolean truncated = cells.size() > max;
        return new Result(files, truncated ? cells.subList(0, max) : cells, truncated);
    }

    private static List<CellChange> cells(RuleFile a, RuleFile b) {
        Map<String, TableCells.Sheet> was = sheets(a);
        Map<String, TableCells.Sheet> now = sheets(b);
        List<CellChange> changes = new ArrayList<>();
        for (String sheet : new TreeSet<>(union(was.keySet(), now.keySet()))) {
            SortedMap<Integer, SortedMap<Integer, String>> rowsA = rows(was.get(sheet));
            SortedMap<Integer, SortedMap<Integer, String>> rowsB = rows(now.get(sheet));
            CellLabels labels = CellLabels.of(a.name(), now.containsKey(sheet) ? now.get(sheet) : was.get(sheet));
            for (int row : new TreeSet<>(union(rowsA.keySet(), rowsB.keySet()))) {
                SortedMap<Integer, String> cellsA = rowsA.getOrDefault(row, Collections.emptySortedMap());
                SortedMap<Integer, String> cellsB = rowsB.getOrDefault(row, Collections.emptySortedMap());
                for (int column : new TreeSet<>(union(cellsA.keySet(), cellsB.keySet()))) {
                    if (!Objects.equals(cellsA.get(column), cellsB.get(column))) {
                        CellLabels.Label label = labels.at(row, column)
                                .orElse(new CellLabels.Label(null, null, null, null));
                        changes.add(new CellChange(a.name(), sheet.isEmpty() ? null : sheet,
                                Finding.columnLetter(column) + (row + 1), cellsA.get(column), cellsB.get(column),
                                label.table(), label.column(), label.row(), label.text()));
                    }
                }
            }
        }
        return changes;
    }

    private static List<CellChange> lines(RuleFile a, RuleFile b) {
        List<String> was = new String(a.content(), StandardCharsets.UTF_8).lines().toList();
        List<String> now = new String(b.content(), StandardCharsets.UTF_8).lines().toList();
        List<CellChange> changes = new ArrayList<>();
        for (int line = 0; line < Math.max(was.size(), now.size()); line++) {
            String before = line < was.size() ? was.get(line) : null;
            String after = line < now.size() ? now.get(line) : null;
            if (!Objects.equals(before, after)) {
                changes.add(new CellChange(a.name(), "line " + (line + 1), before, after));
            }
        }
        return changes;
    }

    /** A sheet by name ("" for a CSV file's one sheet). */
    private static Map<String, TableCells.Sheet> sheets(RuleFile file) {
        return TableCells.read(file).sheets().stream().collect(Collectors.toMap(
                sheet -> sheet.name() == null ? "" : sheet.name(), Function.identity(), (first, second) -> first,
                TreeMap::new));
    }

    private static SortedMap<Integer, SortedMap<Integer, String>> rows(TableCells.Sheet sheet) {
        return sheet == null ? Collections.emptySortedMap() : sheet.rows();
    }

    private static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv");
    }

    private static Map<String, RuleFile> byName(List<RuleFile> files) {
        return files.stream().collect(Collectors.toMap(RuleFile::name, Function.identity(), (first, second) -> first));
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
