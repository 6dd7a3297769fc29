package org.maturityadvisor.teams;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.catalog.Closest;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV import as a form tool or spreadsheet exports it: a header row, then one row per team. Every header
 * must be a known column; the export's own output columns are read back and ignored, so an export imports again.
 * Besides a practice's value, a row may give its evidence and the day it describes in the optional columns
 * {@code <practice>.evidence} and {@code <practice>.asOf}, and mark it not applicable with {@code n/a: <reason>}
 * ({@link AnswerCells}); the context takes the catalog's declared fields by their short names.
 */
final class CsvImport {

    static final String TEAM = "team";
    static final String NAME = "name";
    /** Issue 27: the id of the group a new team is placed in. */
    static final String GROUP = "group";
    static final List<String> CONTEXT = List.of("mlUseCases", "businessCritical", "inProduction");
    /** Written by the export, not input: ignored on import. */
    static final Set<String> OUTPUTS = Set.of("seq", "assessedAt", "author", "rulesetVersion");
    static final String LEVEL_PREFIX = "level.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CsvImport() {
    }

    private enum Kind { TEAM, NAME, GROUP, CONTEXT, PRACTICE, EVIDENCE, AS_OF, IGNORED, NAMELESS }

    private record Column(int index, String name, Kind kind, Practice practice) {
        String label() {
            return (name.isEmpty() ? "(no header)" : name) + " (" + letter(index) + ")";
        }
    }

    /** Every row at once (tests): see {@link #open}. */
    static ParsedImport read(String text, PracticeCatalog catalog, int maxRows) {
        return open(text, catalog, maxRows).readAll();
    }

    /**
     * The header read and checked at once, the rows one at a time as they are asked for.
     *
     * @throws LimitExceededException (from {@link ImportRows#next}) past {@code maxRows} rows below the header
     */
    static ImportRows open(String text, PracticeCatalog catalog, int maxRows) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's UTF-8 byte-order mark
        Iterator<CSVRecord> records;
        CSVRecord header;
        try {
            records = format(body).parse(new StringReader(body)).iterator();
            if (!records.hasNext()) {
                return ImportRows.refused(ImportError.atLine(1, "empty: expected a header row (team, then practice"
                        + " ids) and one row per team"));
            }
            header = records.next();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ImportRows.refused(notCsv(e));
        }
        List<ImportError> fileErrors = new ArrayList<>();
        List<Column> columns = header(header, catalog, fileErrors);
        Map<String, Column> byName = new HashMap<>();
        columns.forEach(column -> byName.putIfAbsent(column.name(), column));
        return new Rows(records, new Lines(body), columns, byName, fileErrors, maxRows);
    }

    private static ImportError notCsv(Exception e) {
        return new ImportError("(body)", 0, null, "not valid CSV: " + e.getMessage());
    }

    private static final class Rows implements ImportRows {
        private final Iterator<CSVRecord> records;
        private final Lines lines;
        private final List<Column> columns;
        private final Map<String, Column> byName;
        private final List<ImportError> fileErrors;
        private final int maxRows;
        private int read;

        Rows(Iterator<CSVRecord> records, Lines lines, List<Column> columns, Map<String, Column> byName,
             List<ImportError> fileErrors, int maxRows) {
            this.records = records;
            this.lines = lines;
            this.columns = columns;
            this.byName = byName;
            this.fileErrors = List.copyOf(fileErrors);
            this.maxRows = maxRows;
        }

        @Override
        public List<ImportError> fileErrors() {
            return fileErrors;
        }

        @Override
        public ImportRow next() {
            CSVRecord record;
            do {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidImportException(List.of(notCsv(e)), 0);
                }
                if (++read > maxRows) {
                    throw new LimitExceededException(MaturityLimits.PREFIX + "import-rows", "rows", maxRows, "rows");
                }
            } while (comment(record));
            return row(record, lines.lineOf(record.getCharacterPosition()), columns, byName);
        }

        /** A row whose team cell starts with # (the template's help row): not a team, skipped. */
        private boolean comment(CSVRecord record) {
            Column team = byName.get(TEAM);
            return team != null && team.index() < record.size()
                    && record.get(team.index()).strip().startsWith(ImportTemplate.COMMENT);
        }
    }

    /** A comma, unless the header has semicolons and no comma (a spreadsheet set to a European locale). */
    private static CSVFormat format(String body) {
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    }

    private static List<Column> header(CSVRecord header, PracticeCatalog catalog, List<ImportError> errors) {
        List<Column> columns = new ArrayList<>();
        Map<String, Column> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Practice practice = practiceOf(name, catalog);
            Column column = new Column(i, name, kind(name, practice, catalog), practice);
            columns.add(column);
            Column earlier = name.isEmpty() ? null : seen.putIfAbsent(name, column);
            if (earlier != null) {
                errors.add(headerError(column, "repeated column; it is also column " + letter(earlier.index())));
            } else if (column.kind() == null) {
                errors.add(headerError(column, "unknown column; expected team, name, group, "
                        + String.join(", ", contextNames(catalog)) + ", or a practice id, alone or followed by "
                        + AnswerCells.EVIDENCE + " or " + AnswerCells.AS_OF + " (GET /api/practices lists them)"
                        + Closest.suggestion(name, columnNames(catalog))));
            }
        }
        if (!seen.containsKey(TEAM)) {
            errors.add(ImportError.atLine(1, "no team column: the header needs one, with each row's team id"));
        }
        return columns;
    }

    /** Every column a header may name, for "did you mean". */
    private static List<String> columnNames(PracticeCatalog catalog) {
        List<String> names = new ArrayList<>(List.of(TEAM, NAME, GROUP));
        names.addAll(contextNames(catalog));
        catalog.practices().forEach(practice -> names.add(practice.id()));
        catalog.practices().forEach(practice -> names.add(practice.id() + AnswerCells.EVIDENCE));
        catalog.practices().forEach(practice -> names.add(practice.id() + AnswerCells.AS_OF));
        return names;
    }

    /** The fixed context fields, then those the catalog declares, by their short names. */
    static List<String> contextNames(PracticeCatalog catalog) {
        List<String> names = new ArrayList<>(CONTEXT);
        catalog.contextFields().forEach(field -> names.add(field.name()));
        return names;
    }

    /** The practice a column is about: its own id, or the id before .evidence or .asOf. */
    private static Practice practiceOf(String name, PracticeCatalog catalog) {
        Practice practice = catalog.find(name).orElse(null);
        for (String suffix : List.of(AnswerCells.EVIDENCE, AnswerCells.AS_OF)) {
            if (practice == null && name.endsWith(suffix)) {
                practice = catalog.find(name.substring(0, name.length() - suffix.length())).orElse(null);
            }
        }
        return practice;
    }

    private static Kind kind(String name, Practice practice, PracticeCatalog catalog) {
        if (practice != null) {
            return name.equals(practice.id()) ? Kind.PRACTICE
                    : name.endsWith(AnswerCells.EVIDENCE) ? Kind.EVIDENCE : Kind.AS_OF;
        }
        if (name.isEmpty()) {
            return Kind.NAMELESS;
        }
        if (OUTPUTS.contains(name) || name.startsWith(LEVEL_PREFIX)) {
            return Kind.IGNORED;
        }
        return switch (name) {
            case TEAM -> Kind.TEAM;
            case NAME -> Kind.NAME;
            case GROUP -> Kind.GROUP;
            default -> contextNames(catalog).contains(name) ? Kind.CONTEXT : null;
        };
    }

    private static ImportError headerError(Column column, String reason) {
        return new ImportError("line 1, column " + column.label(), 1, column.name(), reason);
    }

    private static ImportRow row(CSVRecord record, long line, List<Column> columns, Map<String, Column> byName) {
        ImportRow.Locator locator = (field, reason) -> locate(line, field, byName, reason);
        List<ImportError> errors = new ArrayList<>();
        ObjectNode context = NODES.objectNode();
        Map<String, RichCells> rich = new java.util.LinkedHashMap<>();
        String teamId = null;
        String name = null;
        String group = null;
        if (record.size() != columns.size()) {
            errors.add(ImportError.atLine(line, "expected " + columns.size() + " cells as in the header, got "
                    + record.size()));
        }
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            Column column = columns.get(i);
            String cell = CsvCells.restore(record.get(i).strip());
            if (cell.isEmpty()) {
                continue; // unanswered
            }
            switch (column.kind() == null ? Kind.IGNORED : column.kind()) {
                case TEAM -> teamId = cell;
                case NAME -> name = cell;
                case GROUP -> group = cell;
                case CONTEXT -> context.set(column.name(), contextValue(column.name(), cell));
                case PRACTICE -> rich(rich, column).value = cell;
                case EVIDENCE -> {
                    rich(rich, column).evidenceColumn = column;
                    rich(rich, column).evidence = evidence(cell, line, column, errors);
                }
                case AS_OF -> {
                    rich(rich, column).asOfColumn = column;
                    rich(rich, column).asOf = cell;
                }
                case NAMELESS -> errors.add(locate(line, column, "a value in a column without a header"));
                case IGNORED -> { }
            }
        }
        ObjectNode answers = NODES.objectNode();
        rich.forEach((id, cells) -> cells.answer(line, errors).ifPresent(answer -> answers.set(id, answer)));
        ObjectNode input = NODES.objectNode();
        input.set("context", context);
        input.set("answers", answers);
        return new ImportRow(line, teamId, name, group, input, locator, errors);
    }

    private static RichCells rich(Map<String, RichCells> rich, Column column) {
        return rich.computeIfAbsent(column.practice().id(), id -> new RichCells(column.practice()));
    }

    private static List<AnswerCells.Item> evidence(String cell, long line, Column column, List<ImportError> errors) {
        try {
            return AnswerCells.items(cell);
        } catch (IllegalArgumentException e) {
            errors.add(locate(line, column, e.getMessage()));
            return List.of();
        }
    }

    /** The cells of one practice in one row, as its answer: the plain form when they hold nothing but a value. */
    private static final class RichCells {
        private final Practice practice;
        private String value;
        private List<AnswerCells.Item> evidence = List.of();
        private String asOf;
        private Column evidenceColumn;
        private Column asOfColumn;

        RichCells(Practice practice) {
            this.practice = practice;
        }

        java.util.Optional<tools.jackson.databind.JsonNode> answer(long line, List<ImportError> errors) {
            boolean notApplicable = value != null && AnswerCells.notApplicable(value);
            if (value == null) {
                Column extra = evidence.isEmpty() ? asOfColumn : evidenceColumn;
                if (extra != null && (!evidence.isEmpty() || asOf != null)) {
                    errors.add(locate(line, extra, "evidence or a date needs an answer in column " + practice.id()
                            + " (or n/a: <reason>)"));
                }
                return java.util.Optional.empty();
            }
            if (!notApplicable && evidence.isEmpty() && asOf == null) {
                return java.util.Optional.of(CsvImport.answer(practice, value));
            }
            ObjectNode answer = NODES.objectNode();
            if (notApplicable) {
                answer.put("notApplicable", true);
                String reason = AnswerCells.reason(value);
                if (!reason.isEmpty()) {
                    answer.put("reason", reason);
                }
            } else {
                answer.set("value", CsvImport.answer(practice, value));
            }
            if (asOf != null) {
                answer.put("asOf", asOf);
            }
            if (!evidence.isEmpty()) {
                tools.jackson.databind.node.ArrayNode items = answer.putArray("evidence");
                for (AnswerCells.Item item : evidence) {
                    ObjectNode node = items.addObject();
                    if (item.link() != null) {
                        node.put("link", item.link());
                    }
                    if (item.note() != null) {
                        node.put("note", item.note());
                    }
                }
            }
            return java.util.Optional.of(answer);
        }
    }

    /**
     * The cell a team input field came from, and the reason put in the words of that cell: {@code id} is the team
     * column, {@code answers.release.method} release.method, {@code answers.release.method.evidence[1].link} item 2 of
     * release.method.evidence, {@code answers.release.method.asOf} release.method.asOf (each falling back to the
     * practice's column, then to the line).
     */
    private static ImportError locate(long line, String field, Map<String, Column> byName, String reason) {
        if (field.equals("id")) {
            return locate(line, byName.get(TEAM), reason);
        }
        if (field.startsWith("context.")) {
            return locate(line, byName.get(field.substring("context.".length())), reason);
        }
        if (!field.startsWith("answers.")) {
            return locate(line, byName.get(field), reason);
        }
        String rest = field.substring("answers.".length());
        Column practice = null;
        for (Column column : byName.values()) {
            if (column.kind() == Kind.PRACTICE && (rest.equals(column.name()) || rest.startsWith(column.name() + "."))
                    && (practice == null || column.name().length() > practice.name().length())) {
                practice = column;
            }
        }
        if (practice == null) {
            return locate(line, byName.get(rest), reason);
        }
        String sub = rest.substring(practice.name().length());
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("\\.evidence(?:\\[(\\d+)](?:\\.(\\w+))?)?")
                .matcher(sub);
        if (item.matches() && byName.containsKey(practice.name() + AnswerCells.EVIDENCE)) {
            String where = item.group(1) == null ? ""
                    : "item " + (Integer.parseInt(item.group(1)) + 1) + (item.group(2) == null ? "" : ", " + item.group(2))
                    + ": ";
            return locate(line, byName.get(practice.name() + AnswerCells.EVIDENCE), where + reason);
        }
        if (sub.equals(".asOf") && byName.containsKey(practice.name() + AnswerCells.AS_OF)) {
            return locate(line, byName.get(practice.name() + AnswerCells.AS_OF), reason);
        }
        return locate(line, practice, sub.isEmpty() ? reason : sub.substring(1) + ": " + reason);
    }

    private static ImportError locate(long line, Column column, String reason) {
        return column == null ? ImportError.atLine(line, reason)
                : new ImportError("line " + line + ", column " + column.label(), line, column.name(), reason);
    }

    /** Yes/no practices also take true/false in any case, as spreadsheets write them; the catalog checks the rest. */
    static tools.jackson.databind.JsonNode answer(Practice practice, String cell) {
        Boolean flag = practice.type() == PracticeType.YES_NO ? trueOrFalse(cell) : null;
        return flag == null ? NODES.stringNode(cell) : NODES.booleanNode(flag);
    }

    private static tools.jackson.databind.JsonNode contextValue(String name, String cell) {
        if (name.equals("mlUseCases")) {
            try {
                return NODES.numberNode(Integer.parseInt(cell));
            } catch (NumberFormatException e) {
                return NODES.stringNode(cell); // refused by the team input reader, naming the column
            }
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        Boolean flag = lower.equals("yes") ? Boolean.TRUE : lower.equals("no") ? Boolean.FALSE : trueOrFalse(cell);
        return flag == null ? NODES.stringNode(cell) : NODES.booleanNode(flag);
    }

    private static Boolean trueOrFalse(String cell) {
        return cell.equalsIgnoreCase("true") ? Boolean.TRUE : cell.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** The spreadsheet letter of a column: A for the first, Z, then AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * Line numbers of character offsets, counted as an editor does (a quoted cell may span lines), for offsets asked
     * in increasing order: one pass over the text, nothing kept per line.
     */
    private static final class Lines {
        private final String text;
        private int position;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long lineOf(long offset) {
            for (; position < offset && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
