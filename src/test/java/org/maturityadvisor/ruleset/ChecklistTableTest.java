package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * A checklist table in CSV as an analyst writes it: the Role column of its sections, a Statements table without Level
 * or Points, levels 0 and 1 only. Each mistake is one finding, at its cell (the row's line and the column), and
 * nothing that only follows from it.
 */
class ChecklistTableTest {

    @TempDir
    Path temp;

    @Test
    void aChecklistTableInCsvLoadsWithItsSectionsRolesAndStatementsInTableOrder() {
        ValidationReport report = ChecklistTable.into(temp).validate();

        assertThat(report.findings()).filteredOn(Finding::refuses).isEmpty();
        MaturityModel check = report.compiled().orElseThrow().definitions().models().stream()
                .filter(m -> m.id().equals("check")).findFirst().orElseThrow();
        assertThat(check.kind()).isEqualTo(ModelKind.CHECKLIST);
        assertThat(check.dimensions()).extracting(d -> d.name() + " " + d.role()).containsExactly(
                "Docs REQUIRED", "Serving REQUIRED", "Extras EXTRA");
        assertThat(check.criteria()).extracting(c -> c.id() + " " + c.level()).as("table order; 1 when required")
                .containsExactly("chk-readme 1", "chk-api-docs 1", "chk-latency 1", "chk-canary 1",
                        "chk-dashboard 0", "chk-alerts 0");
        assertThat(check.criteria()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ModelKind.CHECKLIST));
        assertThat(SectionRole.fromLabel("extra")).contains(SectionRole.EXTRA);
    }

    private static List<List<String>> edited(UnaryOperator<List<List<String>>> edit) {
        return edit.apply(ChecklistTable.rows());
    }

    /** Replaces the cell {@code column} (0-based) of the row whose first cell is {@code id}, growing the row. */
    private static UnaryOperator<List<List<String>>> cell(String id, int column, String value) {
        return rows -> {
            int index = ChecklistTable.lineOf(rows, id) - 1;
            List<String> row = new ArrayList<>(rows.get(index));
            while (row.size() <= column) {
                row.add("");
            }
            row.set(column, value);
            rows.set(index, row);
            return rows;
        };
    }

    /** A role cell of the Sections table: the row of that section (its first cell is the model, so find by name). */
    private static UnaryOperator<List<List<String>>> role(String section, String value) {
        return rows -> {
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (row.size() == 3 && row.get(0).equals("check") && row.get(1).equals(section)) {
                    rows.set(i, List.of("check", section, value));
                }
            }
            return rows;
        };
    }

    private static int lineOfSection(List<List<String>> rows, String section) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() == 3 && rows.get(i).get(1).equals(section)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(section);
    }

    /** Adds a column (keyword, code, label) to the Statements table, blank in every row. */
    private static UnaryOperator<List<List<String>>> statementColumn(String code, String label) {
        return rows -> {
            int header = rows.indexOf(List.of("RuleTable Statements"));
            for (int i = header + 1; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i));
                if (i == header + 1) {
                    row.add("ACTION");
                } else if (i == header + 3) {
                    row.add(code);
                } else if (i == header + 4) {
                    row.add(label);
                } else if (i > header + 4) {
                    row.add("");
                }
                rows.set(i, row);
            }
            return rows;
        };
    }

    static Stream<Arguments> mistakes() {
        List<List<String>> plain = ChecklistTable.rows();
        int readme = ChecklistTable.lineOf(plain, "chk-readme");
        int levels = ChecklistTable.lineOf(plain, "check") + 8; // the line of "check,1,Complete"
        return Stream.of(
                Arguments.of("a blank Role", edited(role("Docs", "")), lineOfSection(plain, "Docs"), "C",
                        "Role is blank; every section of a checklist model is required"),
                Arguments.of("a Role that is neither required nor extra", edited(role("Extras", "optional")),
                        lineOfSection(plain, "Extras"), "C", "Role \"optional\" is not one of required, extra"),
                Arguments.of("a Level cell in a statement row", edited(rows -> cell("chk-readme", 10, "1")
                        .apply(statementColumn("c.level(\"$param\");", "Level").apply(rows))), readme, "K",
                        "Level \"1\": a statement of a checklist model has no level"),
                Arguments.of("a Points cell in a statement row", edited(rows -> cell("chk-readme", 10, "yes: 1")
                        .apply(statementColumn("c.points(\"$param\");", "Points").apply(rows))), readme, "K",
                        "Points \"yes: 1\" are only for scored models; model \"check\" is a checklist"),
                Arguments.of("a level other than 0 and 1", edited(rows -> {
                    rows.set(levels - 1, List.of("check", "2", "Beyond"));
                    return rows;
                }), levels, "B", "Level \"2\" is not a level of a checklist model"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsOneFindingAtItsCell(String name, List<List<String>> rows, int line, String column,
                                         String message) {
        ValidationReport report = ChecklistTable.into(temp, rows).validate();

        assertThat(report.findings()).filteredOn(Finding::refuses).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo(ChecklistTable.FILE);
            assertThat(finding.row()).isEqualTo(line);
            assertThat(finding.column()).isEqualTo(column);
            assertThat(finding.message()).startsWith(message);
        });
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("every section extra", edited(rows -> role("Serving", "extra")
                        .apply(role("Docs", "extra").apply(rows))), "has no required section with statements"),
                Arguments.of("no level 1", edited(rows -> {
                    rows.remove(ChecklistTable.lineOf(rows, "check") + 7); // "check,1,Complete"
                    return rows;
                }), "a checklist model has exactly two levels, 0 (not complete) and 1 (complete)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aChecklistWithoutAVerdictToGiveIsRefusedOnce(String name, List<List<String>> rows, String message) {
        ValidationReport report = ChecklistTable.into(temp, rows).validate();

        assertThat(report.findings()).filteredOn(Finding::refuses).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains(message));
    }
}
