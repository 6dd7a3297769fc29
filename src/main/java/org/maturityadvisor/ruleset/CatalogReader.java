package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.ruleset.RuleFile;

/** Reads the practice catalog, {@code practices.csv}; every bad line is reported with its line number and column. */
final class CatalogReader {

    private static final Pattern CSV_LINE = Pattern.compile("(?:startline |line: )([\\d,]+)");
    private static final String[] HEADER = {"id", "dimension", "type", "choices", "question", "help"};
    /** The optional last column: days an answer stays fresh (blank: forever). */
    private static final String VALID_FOR = "valid for";
    /** The most days a Valid for cell may say: a hundred years. */
    private static final int MAX_VALID_FOR = 36_500;

    /** The dimension of a context row. */
    private static final String CONTEXT = "Context";

    private CatalogReader() {
    }

    static PracticeCatalog read(RuleFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<RuleSetProblem> problems = new ArrayList<>();
        List<Practice> practices = new ArrayList<>();
        List<ContextField> context = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> withValidFor = new ArrayList<>(Arrays.asList(HEADER));
            withValidFor.add(VALID_FOR);
            if (!header.equals(Arrays.asList(HEADER)) && !header.equals(withValidFor)) {
                throw new RuleSetException(FindingKind.CATALOG_LAYOUT, file.name(), "line 1", "the header must be "
                        + "exactly "
                        + String.join(",", HEADER) + " (optionally followed by ," + VALID_FOR + "); found "
                        + String.join(",", header));
            }
            boolean hasValidFor = header.size() > HEADER.length;
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                if (record.get("id").startsWith(ContextField.PREFIX)) {
                    contextField(record, file.name(), problems).ifPresent(field -> {
                        if (!ids.add(field.id())) {
                            problems.add(problem(FindingKind.DUPLICATE_ID, file.name(), record, "id", "context field "
                                    + field.id() + " is defined twice"));
                        } else {
                            context.add(field);
                        }
                    });
                    continue;
                }
                practice(record, file.name(), hasValidFor, problems).ifPresent(practice -> {
                    if (!ids.add(practice.id())) {
                        problems.add(problem(FindingKind.DUPLICATE_ID, file.name(), record, "id", "practice id "
                                + "" + practice.id()
                                + " is defined twice"));
                    } else {
                        practices.add(practice);
                    }
                });
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // an unbalanced quote surfaces from the record iterator as an UncheckedIOException around a CSVException
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new RuleSetException(FindingKind.UNREADABLE_FILE, file.name(), lineOf(cause.getMessage()), "is not "
                    + "valid CSV: "
                    + cause.getMessage() + " (a double quote opens a quoted text, which needs its closing quote)");
        }
        RuleSetException.throwIfAny(problems);
        return new PracticeCatalog(practices, context);
    }

    /** The line Commons CSV names in its message ("(startline 3) EOF reached ...", "... at line: 3, ..."). */
    private static String lineOf(String message) {
        Matcher line = CSV_LINE.matcher(message == null ? "" : message);
        return line.find() ? "line " + line.group(1).replace(",", "") : "";
    }

    /**
     * A {@code context.*} row: a context field, not a practice. Its dimension must say Context, its type and choices
     * are checked as a practice's, and it has no Valid for (a context value does not go stale).
     */
    private static Optional<ContextField> contextField(CSVRecord record, String file, List<RuleSetProblem> problems) {
        int before = problems.size();
        if (record.isConsistent() && !record.get("dimension").equals(CONTEXT)) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, "dimension", "a context field (id "
                    + "context.*) has the dimension " + CONTEXT + ", got \"" + record.get("dimension") + "\""));
        }
        if (record.isConsistent() && record.isMapped(VALID_FOR) && !record.get(VALID_FOR).isBlank()) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, VALID_FOR, "a context field does not go "
                    + "stale; leave " + VALID_FOR + " blank"));
        }
        Optional<Practice> read = practice(record, file, false, problems);
        if (problems.size() > before || read.isEmpty()) {
            return Optional.empty();
        }
        Practice row = read.get();
        if (row.id().length() == ContextField.PREFIX.length()) {
            problems.add(problem(FindingKind.BAD_ID, file, record, "id", "a context field needs a name after "
                    + "context."));
            return Optional.empty();
        }
        return Optional.of(new ContextField(row.id(), row.type(), row.choices(), row.question(), row.help()));
    }

    private static Optional<Practice> practice(CSVRecord record, String file, boolean hasValidFor,
                                               List<RuleSetProblem> problems) {
        int before = problems.size();
        if (!record.isConsistent()) {
            problems.add(problem(FindingKind.CATALOG_LAYOUT, file, record, "", "has " + record.size() + " columns "
                    + "instead of " + HEADER.length
                    + " (a comma inside a text needs the text in double quotes)"));
            return Optional.empty();
        }
        for (String column : new String[] {"id", "dimension", "type", "question"}) {
            if (record.get(column).isBlank()) {
                problems.add(problem(FindingKind.BLANK_CELL, file, record, column, column + " is blank"));
            }
        }
        String id = record.get("id");
        if (!id.isBlank() && !id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            problems.add(problem(FindingKind.BAD_ID, file, record, "id", "id \"" + id + "\" must be lower-case words "
                    + "joined by . or -"));
        }
        Optional<PracticeType> type = PracticeType.fromLabel(record.get("type"));
        if (type.isEmpty() && !record.get("type").isBlank()) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, "type", "type \"" + record.get("type") + "\" "
                    + "is not yes-no or choice"));
        }
        List<String> choices = record.get("choices").isBlank() ? List.of()
                : Arrays.stream(record.get("choices").split("\\|")).map(String::trim).toList();
        if (type.orElse(null) == PracticeType.CHOICE && (choices.size() < 2 || new HashSet<>(choices).size()
                != choices.size() || choices.stream().anyMatch(String::isBlank))) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, "choices", "a choice practice needs two or "
                    + "more distinct choices, "
                    + "lowest first, separated by |"));
        }
        if (type.orElse(null) == PracticeType.YES_NO && !choices.isEmpty()) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, "choices", "a yes-no practice takes no choices "
                    + "(its values are no < yes)"));
        }
        Integer validFor = hasValidFor ? validFor(record, file, problems) : null;
        if (problems.size() > before || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Practice(id, record.get("dimension"), type.get(), choices, record.get("question"),
                record.get("help"), validFor));
    }

    private static Integer validFor(CSVRecord record, String file, List<RuleSetProblem> problems) {
        String cell = record.get(VALID_FOR).strip();
        if (cell.isEmpty() || record.get("id").startsWith(ContextField.PREFIX)) {
            return null;
        }
        String days = cell.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\s*days?$", "");
        if (!days.matches("\\d{1,6}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_VALID_FOR) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, VALID_FOR, VALID_FOR + " \"" + cell + "\" is "
                    + "not a number of days from 1 to " + MAX_VALID_FOR + " (blank: answers stay fresh forever)"));
            return null;
        }
        return Integer.parseInt(days);
    }

    private static RuleSetProblem problem(FindingKind kind, String file, CSVRecord record, String column,
                                          String message) {
        String where = "line " + record.getParser().getCurrentLineNumber();
        return new RuleSetProblem(kind, file, column.isEmpty() ? where : where + ", column " + column, message);
    }
}
