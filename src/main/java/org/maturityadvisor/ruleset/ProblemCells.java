package org.maturityadvisor.ruleset;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.definition.SourceRow;

/**
 * Leads a problem the loader's checks report (a file and a row, a cell, a DRL line or a model) back to the cell an
 * analyst should fix. A row's problem names its column first ({@code Effort is blank}, {@code Practice "x" ...}), as
 * the definition checks write them, which picks the cell of that column in that row.
 */
final class ProblemCells {

    private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]+)(\\d+)");
    private static final Pattern ROW = Pattern.compile("^row (\\d+)");
    private static final Pattern LINE = Pattern.compile("^line (\\d+)(?:, column (\\w+))?");
    private static final Pattern LEVEL = Pattern.compile("^(?:level|band) (\\d+)\\b");
    private static final List<String> CATALOG_COLUMNS = List.of("id", "dimension", "type", "choices", "question",
            "help");
    private static final List<String> DETECTOR_COLUMNS = List.of(DetectorReader.HEADER);
    private static final Map<String, String> ALIASES = Map.of("target rule id", "Rule id");

    private final TableRows rows;
    private final Map<String, String> firstSheets;

    /** @param firstSheets the name of the sheet Drools compiles, by table file */
    ProblemCells(TableRows rows, Map<String, String> firstSheets) {
        this.rows = rows;
        this.firstSheets = firstSheets;
    }

    Finding of(RuleSetProblem problem, Severity severity) {
        String location = problem.location();
        FindingKind kind = problem.kind();
        if (problem.file().startsWith("model ") && location.isEmpty()) {
            return ofModel(kind, problem.file().substring("model ".length()), problem.message(), severity);
        }
        Matcher row = ROW.matcher(location);
        Matcher cell = CELL.matcher(location);
        Matcher line = LINE.matcher(location);
        String sheet = firstSheets.get(problem.file());
        if (cell.find()) {
            return new Finding(kind, problem.file(), sheet, Integer.parseInt(cell.group(2)), cell.group(1),
                    cell.group(1) + cell.group(2), severity, problem.message());
        }
        if (row.find()) {
            return ofRow(kind, new SourceRow(problem.file(), Integer.parseInt(row.group(1))), problem.message(),
                    severity);
        }
        if (line.find()) {
            int number = Integer.parseInt(line.group(1));
            List<String> columns = problem.file().equals(DetectorReader.FILE) ? DETECTOR_COLUMNS : CATALOG_COLUMNS;
            int column = line.group(2) == null ? -1 : line.group(2).matches("\\d+")
                    ? Integer.parseInt(line.group(2)) - 1 : columns.indexOf(line.group(2));
            return column < 0 ? Finding.atRow(kind, problem.file(), null, number, severity, problem.message())
                    : Finding.atCell(kind, problem.file(), null, number - 1, column, severity, problem.message());
        }
        return new Finding(kind, problem.file(), sheet, null, null, null, severity,
                location.isEmpty() ? problem.message() : location + ": " + problem.message());
    }

    /** A problem of a whole model: at its Levels row when it names a level, else at its Model row. */
    private Finding ofModel(FindingKind kind, String model, String message, Severity severity) {
        Matcher level = LEVEL.matcher(message);
        Optional<SourceRow> levelRow = level.find()
                ? Optional.ofNullable(rows.levels.get(model + "#" + level.group(1))) : Optional.empty();
        SourceRow source = levelRow.orElse(rows.models.get(model));
        if (source == null) {
            return new Finding(kind, "model " + model, null, null, null, null, severity, message);
        }
        String prefixed = levelRow.isPresent() ? message : "model " + model + ": " + message;
        return ofRow(kind, source, prefixed, severity);
    }

    Finding ofRow(FindingKind kind, SourceRow source, String message, Severity severity) {
        TableRows.RowCells cells = rows.cells.get(source);
        if (cells == null) {
            return Finding.atRow(kind, source.file(), firstSheets.get(source.file()), source.row(), severity, message);
        }
        // a CSV table's finding about a whole row is at its first cell: a line and a column, as a text editor counts
        Optional<Integer> column = column(cells, message)
                .or(() -> Finding.isCsv(source.file()) ? cells.columns().values().stream().min(Integer::compare)
                        : Optional.empty());
        return column
                .map(c -> Finding.atCell(kind, source.file(), cells.sheet(), cells.row(), c, severity, message))
                .orElseGet(() -> Finding.atRow(kind, source.file(), cells.sheet(), source.row(), severity, message));
    }

    /** The column whose name the message starts with, the longest name first ("Level name" before "Level"). */
    private static Optional<Integer> column(TableRows.RowCells cells, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (text.startsWith(alias.getKey()) && cells.columns().containsKey(alias.getValue())) {
                return Optional.of(cells.columns().get(alias.getValue()));
            }
        }
        return cells.columns().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed())
                .filter(e -> startsWithWord(text, e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst();
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || " \":;".indexOf(text.charAt(word.length()))
                >= 0);
    }
}
