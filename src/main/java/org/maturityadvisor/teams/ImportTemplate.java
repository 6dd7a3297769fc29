package org.maturityadvisor.teams;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;

/**
 * A CSV file to fill in and import: the header the importer reads (team, name, group, the context with the fields the
 * catalog declares, then every practice of the catalog in its order, each followed by its {@code .evidence} column)
 * and one help row saying what each column takes, how to mark a practice not applicable and how to give the day an
 * answer describes ({@code <practice>.asOf}, an optional column left out to keep the sheet short). The help row's team cell starts with
 * {@value #COMMENT}, which marks a row the importer skips, so a filled-in template imports with the help row kept.
 */
public final class ImportTemplate {

    /** A row whose team cell starts with this is a comment: skipped by the import. */
    public static final String COMMENT = "#";

    private ImportTemplate() {
    }

    public static String csv(PracticeCatalog catalog) {
        List<String> header = new ArrayList<>(List.of(CsvImport.TEAM, CsvImport.NAME, CsvImport.GROUP));
        header.addAll(CsvImport.CONTEXT);
        List<String> help = new ArrayList<>(List.of(
                COMMENT + " help row (skipped on import): one row per team below; the team id is lower-case words "
                        + "joined by - (new ids are registered)",
                "the team's name (optional)", "the id of the group a new team is placed in (optional; GET /api/groups"
                        + " lists them); an existing team keeps its group", "how many ML use cases: a whole number, 0 or more",
                "is an ML system business-critical: yes or no", "is a model in production: yes or no"));
        for (ContextField field : catalog.contextFields()) {
            header.add(field.name());
            help.add(field.question() + " " + (field.type() == PracticeType.YES_NO ? "yes or no"
                    : "one of " + String.join(", ", field.choices())) + "; blank: not stated");
        }
        for (Practice practice : catalog.practices()) {
            header.add(practice.id());
            help.add(practice.question() + " " + allowed(practice) + "; or n/a: <reason> when it does not apply to "
                    + "the team; blank: not answered");
            header.add(practice.id() + AnswerCells.EVIDENCE);
            help.add("evidence for " + practice.id() + " (optional): one item a line (Alt+Enter), each a link "
                    + "(http or https), a note, or link | note; a column " + practice.id() + AnswerCells.AS_OF
                    + " may add the day the answer describes (yyyy-MM-dd)");
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            printer.printRecord(help.stream().map(CsvCells::neutralise).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String allowed(Practice practice) {
        return practice.type() == PracticeType.YES_NO ? "yes or no"
                : "one of " + String.join(", ", practice.choices()) + " (lowest first)";
    }
}
