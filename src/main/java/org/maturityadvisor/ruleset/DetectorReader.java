package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.scan.ContentPattern;
import org.maturityadvisor.scan.Detector;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.PathGlob;
import org.maturityadvisor.scan.PatternKind;

/**
 * Reads the detector table, {@code detectors.csv}: one detector per line, every cell checked as a value of its column
 * (an id, a practice of the catalog and one of its values, a path glob, a pattern kind, a pattern RE2 accepts, words
 * for people, ecosystem ids). A bad line is reported with its line number and column; the table is data, never code.
 */
public final class DetectorReader {

    public static final String FILE = "detectors.csv";
    static final String[] HEADER = {"id", "practice", "value", "path", "kind", "pattern", "shows", "ecosystems"};
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final int MAX_CELL = 500;

    private DetectorReader() {
    }

    /** The detectors of a rule set's files; none when it has no detector table. */
    public static Detectors of(List<RuleFile> files, PracticeCatalog catalog) {
        return files.stream().filter(file -> file.name().equals(FILE)).findFirst()
                .map(file -> read(file, catalog)).orElse(Detectors.none());
    }

    /**
     * @throws RuleSetException naming the line and column of every problem
     */
    public static Detectors read(RuleFile file, PracticeCatalog catalog) {
        String text = new String(file.content(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<RuleSetProblem> problems = new ArrayList<>();
        List<Detector> detectors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(Arrays.asList(HEADER))) {
                throw new RuleSetException(FindingKind.DETECTOR_LAYOUT, file.name(), "line 1", "the header must be "
                        + "exactly " + String.join(",", HEADER) + "; found " + String.join(",", header));
            }
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                detector(record, file.name(), catalog, problems).ifPresent(detector -> {
                    if (!ids.add(detector.id())) {
                        problems.add(problem(FindingKind.DUPLICATE_ID, file.name(), record, "id", "detector id "
                                + detector.id() + " is defined twice"));
                    } else {
                        detectors.add(detector);
                    }
                });
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new RuleSetException(FindingKind.UNREADABLE_FILE, file.name(), "", "is not valid CSV: "
                    + cause.getMessage() + " (a double quote opens a quoted text, which needs its closing quote)");
        }
        RuleSetException.throwIfAny(problems);
        return new Detectors(detectors);
    }

    private static Optional<Detector> detector(CSVRecord record, String file, PracticeCatalog catalog,
                                               List<RuleSetProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(problem(FindingKind.DETECTOR_LAYOUT, file, record, "", "has " + record.size()
                    + " columns instead of " + HEADER.length + " (a comma inside a text needs the text in double "
                    + "quotes)"));
            return Optional.empty();
        }
        int before = problems.size();
        for (String column : HEADER) {
            String cell = record.get(column);
            if (cell.length() > MAX_CELL) {
                problems.add(problem(FindingKind.CELL_TOO_LONG, file, record, column, column + " is longer than "
                        + MAX_CELL + " characters"));
            }
            if (cell.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                problems.add(problem(FindingKind.CONTROL_CHARACTER, file, record, column, column
                        + " holds a control character"));
            }
        }
        for (String column : new String[] {"id", "practice", "value", "path", "kind", "shows"}) {
            if (record.get(column).isBlank()) {
                problems.add(problem(FindingKind.BLANK_CELL, file, record, column, column + " is blank"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String id = record.get("id");
        if (!ID.matcher(id).matches()) {
            problems.add(problem(FindingKind.BAD_ID, file, record, "id", "\"" + id + "\" is not lower-case words "
                    + "joined by - or ."));
        }
        Optional<Practice> practice = catalog.find(record.get("practice"));
        int rank = -1;
        if (practice.isEmpty()) {
            problems.add(problem(FindingKind.UNKNOWN_PRACTICE, file, record, "practice", "no practice "
                    + record.get("practice") + " in " + RuleSetLoader.CATALOG));
        } else {
            rank = practice.get().rankOf(record.get("value")).orElse(-1);
            if (rank < 0) {
                problems.add(problem(FindingKind.BAD_VALUE, file, record, "value", "\"" + record.get("value")
                        + "\" is not a value of " + practice.get().id() + " (" + practice.get().expectation() + ")"));
            } else if (rank == 0) {
                problems.add(problem(FindingKind.BAD_VALUE, file, record, "value", "a detector shows a practice, so "
                        + "its value is above the lowest (" + record.get("value") + "): absence in the files is never "
                        + "\"no\""));
            }
        }
        PathGlob.Result glob = PathGlob.parse(record.get("path"));
        if (glob.refusal() != null) {
            problems.add(problem(FindingKind.BAD_PATTERN, file, record, "path", glob.refusal()));
        }
        Optional<PatternKind> kind = PatternKind.of(record.get("kind").strip().toLowerCase(Locale.ROOT));
        ContentPattern pattern = null;
        if (kind.isEmpty()) {
            problems.add(problem(FindingKind.BAD_VALUE, file, record, "kind", "\"" + record.get("kind")
                    + "\" is not a pattern kind: file, literal or regex"));
        } else {
            ContentPattern.Parsed parsed = ContentPattern.parse(kind.get(), record.get("pattern"));
            if (parsed.refusal() != null) {
                problems.add(problem(FindingKind.BAD_PATTERN, file, record, "pattern", parsed.refusal()));
            }
            pattern = parsed.pattern();
        }
        List<String> ecosystems = new ArrayList<>();
        for (String ecosystem : record.get("ecosystems").split("\\|")) {
            String trimmed = ecosystem.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!ID.matcher(trimmed).matches()) {
                problems.add(problem(FindingKind.BAD_ID, file, record, "ecosystems", "ecosystem \"" + trimmed
                        + "\" is not lower-case words joined by - or . (separate ecosystems with |)"));
            }
            ecosystems.add(trimmed);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Detector(id, practice.get().id(), record.get("value"), rank, glob.glob(), pattern,
                record.get("shows"), ecosystems));
    }

    private static RuleSetProblem problem(FindingKind kind, String file, CSVRecord record, String column,
                                          String message) {
        String where = "line " + record.getParser().getCurrentLineNumber();
        if (column.isEmpty()) {
            return new RuleSetProblem(kind, file, where, message);
        }
        // the message names its column, so a finding placed at a cell (D7) still says which one in words
        String named = message.startsWith(column + " ") ? message : column + ": " + message;
        return new RuleSetProblem(kind, file, where + ", column " + column, named);
    }
}
