package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small checklist model over practices of its own, written into a copy of the shipped rules as an analyst would:
 * new catalog rows (and a context field) and a {@code .drl.csv} table in the decision-table grid. Two required
 * sections (Docs; Serving, whose statements apply only to online teams) and one extra section (Extras). Tests of the
 * checklist kind use it, so they do not depend on the shipped tables' content.
 */
public final class ChecklistTable {

    public static final String FILE = "checklist.drl.csv";
    /** The context field the Serving statements ask: how the team serves predictions (offline or online). */
    public static final String SERVING = "chk-serving";

    private ChecklistTable() {
    }

    /** The shipped rules plus the checklist's practices and its table, as CSV. */
    public static RulesFixture into(Path temp) {
        return into(temp, rows());
    }

    /** The same with these rows (an edited copy of {@link #rows()}) as the table. */
    public static RulesFixture into(Path temp, List<List<String>> rows) {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        Path catalog = rules.directory().resolve("practices.csv");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(catalog, StandardCharsets.UTF_8));
            lines.add("chk.readme,Checklist,yes-no,,Does the project have a README?,,");
            lines.add("chk.api-docs,Checklist,yes-no,,Is the API documented?,,");
            lines.add("chk.latency,Checklist,yes-no,,Is serving latency monitored?,,");
            lines.add("chk.canary,Checklist,yes-no,,Are releases canaried?,,");
            lines.add("chk.dashboard,Checklist,yes-no,,Is there a model dashboard?,,");
            lines.add("chk.alerts,Checklist,yes-no,,Do drift alerts page someone?,,");
            lines.add("context." + SERVING + ",Context,choice,offline|online,How does the team serve predictions?,,");
            Files.write(catalog, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules.writeFile(FILE, csv(rows));
    }

    /** The grid as CSV: a cell with a comma or a quote is quoted, its quotes doubled. */
    public static String csv(List<List<String>> rows) {
        return TableGrid.csv(rows);
    }

    /** The table's rows, one list of cell texts per line (an empty list is an empty line); a mutable copy. */
    public static List<List<String>> rows() {
        return TableGrid.ruleSet("org.maturityadvisor.rules.checklist")
                .table("Model", TableGrid.MODEL, List.of(List.of("check", "Small checklist", "a test", "checklist")))
                .table("Levels", TableGrid.LEVELS, List.of(List.of("check", "0", "Not complete"),
                        List.of("check", "1", "Complete")))
                .table("Sections", List.of(TableGrid.DIMENSION_MODEL, TableGrid.DIMENSION.as("Section"),
                        TableGrid.ROLE), List.of(List.of("check", "Docs", "required"),
                        List.of("check", "Serving", " Required "), List.of("check", "Extras", "extra")))
                .table("Statements", List.of(TableGrid.CRITERION_ID.as("Statement id"), TableGrid.CRITERION_MODEL,
                        TableGrid.CRITERION_DIMENSION.as("Section"), TableGrid.TEXT.as("Statement"),
                        TableGrid.PRACTICE, TableGrid.REQUIRED, TableGrid.REMEDIATION, TableGrid.EFFORT,
                        TableGrid.MAY_BE_NOT_APPLICABLE, TableGrid.APPLIES_WHEN), List.of(
                        List.of("chk-readme", "check", "Docs", "Does the project have a README?", "chk.readme",
                                "yes", "Write one.", "small", "", ""),
                        List.of("chk-api-docs", "check", "Docs", "Is the API documented?", "chk.api-docs", "yes",
                                "Document it.", "medium", "", ""),
                        List.of("chk-latency", "check", "Serving", "Is serving latency monitored?", "chk.latency",
                                "yes", "Monitor it.", "medium", "yes", SERVING + " = online"),
                        List.of("chk-canary", "check", "Serving", "Are releases canaried?", "chk.canary", "yes",
                                "Canary them.", "large", "yes", SERVING + " = online"),
                        List.of("chk-dashboard", "check", "Extras", "Is there a model dashboard?", "chk.dashboard",
                                "yes", "Build one.", "small", "", ""),
                        List.of("chk-alerts", "check", "Extras", "Do drift alerts page someone?", "chk.alerts",
                                "yes", "Page someone.", "medium", "", "")))
                .rows();
    }

    /** The 1-based line of the row whose first cell is {@code id}. */
    public static int lineOf(List<List<String>> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no row " + id);
    }
}
