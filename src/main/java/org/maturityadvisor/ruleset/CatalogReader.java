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

    private CatalogReader() {
    }

    static PracticeCatalog read(RuleFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<RuleSetProblem> problems = new ArrayList<>();
        List<Practice> practices = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().equals(Arrays.asList(HEADER))) {
                throw new RuleSetException(FindingKind.CATALOG_LAYOUT, file.name(), "line 1", "the header must be "
                        + "exactly "
                        + String.join(",", HEADER) + "; found " + String.join(",", parser.getHeaderNames()));
            }
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                practice(record, file.name(), problems).ifPresent(practice -> {
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
        return new PracticeCatalog(practices);
    }

    /** The line Commons CSV names in its message ("(startline 3) EOF reached ...", "... at line: 3, ..."). */
    private static String lineOf(String message) {
        Matcher line = CSV_LINE.matcher(message == null ? "" : message);
        return line.find() ? "line " + line.group(1).replace(",", "") : "";
    }

    private static Optional<Practice> practice(CSVRecord record, String file, List<RuleSetProblem> problems) {
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
        if (problems.size() > before || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Practice(id, record.get("dimension"), type.get(), choices, record.get("question"),
                record.get("help")));
    }

    private static RuleSetProblem problem(FindingKind kind, String file, CSVRecord record, String column,
                                          String message) {
        String where = "line " + record.getParser().getCurrentLineNumber();
        return new RuleSetProblem(kind, file, column.isEmpty() ? where : where + ", column " + column, message);
    }
}
