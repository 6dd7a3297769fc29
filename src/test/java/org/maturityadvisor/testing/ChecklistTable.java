package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

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
        return rows.stream().map(row -> row.stream().map(ChecklistTable::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The table's rows, one list of cell texts per line (an empty list is an empty line); a mutable copy. */
    public static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.checklist"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("check", "Small checklist", "a test", "checklist"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(3, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");"));
        rows.add(List.of("Model", "Level", "Level name"));
        rows.add(List.of("check", "0", "Not complete"));
        rows.add(List.of("check", "1", "Complete"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Sections"));
        rows.add(Collections.nCopies(3, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "d.name(\"$param\");",
                "d.role(\"$param\");"));
        rows.add(List.of("Model", "Section", "Role"));
        rows.add(List.of("check", "Docs", "required"));
        rows.add(List.of("check", "Serving", " Required "));
        rows.add(List.of("check", "Extras", "extra"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Statements"));
        rows.add(Collections.nCopies(10, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.dimension(\"$param\");", "c.text(\"$param\");", "c.practice(\"$param\");",
                "c.required(\"$param\");", "c.remediation(\"$param\");", "c.effort(\"$param\");",
                "c.mayBeNotApplicable(\"$param\");", "c.appliesWhen(\"$param\");"));
        rows.add(List.of("Statement id", "Model", "Section", "Statement", "Practice", "Required value",
                "Remediation", "Effort", "May be not applicable", "Applies when"));
        rows.add(List.of("chk-readme", "check", "Docs", "Does the project have a README?", "chk.readme", "yes",
                "Write one.", "small", "", ""));
        rows.add(List.of("chk-api-docs", "check", "Docs", "Is the API documented?", "chk.api-docs", "yes",
                "Document it.", "medium", "", ""));
        rows.add(List.of("chk-latency", "check", "Serving", "Is serving latency monitored?", "chk.latency", "yes",
                "Monitor it.", "medium", "yes", SERVING + " = online"));
        rows.add(List.of("chk-canary", "check", "Serving", "Are releases canaried?", "chk.canary", "yes",
                "Canary them.", "large", "yes", SERVING + " = online"));
        rows.add(List.of("chk-dashboard", "check", "Extras", "Is there a model dashboard?", "chk.dashboard", "yes",
                "Build one.", "small", "", ""));
        rows.add(List.of("chk-alerts", "check", "Extras", "Do drift alerts page someone?", "chk.alerts", "yes",
                "Page someone.", "medium", "", ""));
        return rows;
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
