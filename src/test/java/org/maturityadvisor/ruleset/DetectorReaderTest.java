package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scan.PatternKind;

/**
 * The detector table is read cell by cell: each kind of bad cell is a problem naming its line and its column (in the
 * location and in the message), and a draft's finding for it points at the cell an analyst fixes.
 */
class DetectorReaderTest {

    private static final String HEADER = "id,practice,value,path,kind,pattern,shows,ecosystems\n";
    private static final String GOOD = "pytest-file,integration.app-tests,unit,test_*.py,regex,^def test_,"
            + "a pytest test,python\n";
    private static final PracticeCatalog CATALOG = CatalogReader.read(new RuleFile("practices.csv", (
            "id,dimension,type,choices,question,help\n"
            + "integration.app-tests,Application Integration,choice,none|unit|unit-and-integration,Which tests?,\n"
            + "integration.automated-builds,Application Integration,yes-no,,Are builds automated?,\n")
            .getBytes(StandardCharsets.UTF_8)));

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("a blank cell", "x,integration.app-tests,unit,test_*.py,regex,^def,,python",
                        FindingKind.BLANK_CELL, "line 3, column shows", "shows is blank"),
                Arguments.of("an id with capitals", "Bad_Id,integration.app-tests,unit,test_*.py,regex,^def,s,",
                        FindingKind.BAD_ID, "line 3, column id", "id: \"Bad_Id\" is not lower-case words"),
                Arguments.of("an ecosystem with a space", "x,integration.app-tests,unit,test_*.py,regex,^def,s,"
                        + "py thon", FindingKind.BAD_ID, "line 3, column ecosystems", "ecosystem \"py thon\""),
                Arguments.of("a practice the catalog lacks", "x,integration.unknown,yes,*.py,literal,import,s,",
                        FindingKind.UNKNOWN_PRACTICE, "line 3, column practice", "no practice integration.unknown"),
                Arguments.of("a value the practice lacks", "x,integration.app-tests,lots,*.py,literal,def,s,",
                        FindingKind.BAD_VALUE, "line 3, column value", "\"lots\" is not a value"),
                Arguments.of("the lowest value: absence is never no", "x,integration.automated-builds,no,"
                        + "Jenkinsfile,file,,s,", FindingKind.BAD_VALUE, "line 3, column value", "never \"no\""),
                Arguments.of("a pattern kind that is not one", "x,integration.app-tests,unit,*.py,glob,def,s,",
                        FindingKind.BAD_VALUE, "line 3, column kind", "not a pattern kind"),
                Arguments.of("a path out of the repository", "x,integration.app-tests,unit,../secrets/*.py,"
                        + "literal,def,s,", FindingKind.BAD_PATTERN, "line 3, column path", "no .."),
                Arguments.of("an unclosed brace in a glob", "x,integration.app-tests,unit,{a.py,literal,def,s,",
                        FindingKind.BAD_PATTERN, "line 3, column path", "a { without its }"),
                Arguments.of("a backreference RE2 refuses", "x,integration.app-tests,unit,*.py,regex,(a)\\1,s,",
                        FindingKind.BAD_PATTERN, "line 3, column pattern", "not a regular expression RE2 accepts"),
                Arguments.of("a lookahead RE2 refuses", "x,integration.app-tests,unit,*.py,regex,a(?=b),s,",
                        FindingKind.BAD_PATTERN, "line 3, column pattern", "not a regular expression RE2 accepts"),
                Arguments.of("a pattern that matches every file", "x,integration.app-tests,unit,*.py,regex,.*,s,",
                        FindingKind.BAD_PATTERN, "line 3, column pattern", "matches empty text"),
                Arguments.of("a file detector with a pattern", "x,integration.app-tests,unit,*.py,file,def,s,",
                        FindingKind.BAD_PATTERN, "line 3, column pattern", "a file detector has no pattern"),
                Arguments.of("a cell over 500 characters", "x,integration.app-tests,unit,*.py,literal,"
                        + "d".repeat(501) + ",s,", FindingKind.CELL_TOO_LONG, "line 3, column pattern",
                        "pattern is longer than 500 characters"),
                Arguments.of("a control character", "x,integration.app-tests,unit,*.py,literal,de\u0007f,s,",
                        FindingKind.CONTROL_CHARACTER, "line 3, column pattern", "pattern holds a control character"),
                Arguments.of("a line with a column too many", "x,integration.app-tests,unit,*.py,literal,a,b,c,d",
                        FindingKind.DETECTOR_LAYOUT, "line 3", "has 9 columns instead of 8"),
                Arguments.of("an id used twice", GOOD.strip(), FindingKind.DUPLICATE_ID, "line 3, column id",
                        "pytest-file is defined twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void aBadCellIsAProblemNamingItsLineAndColumn(String why, String line, FindingKind kind, String location,
                                                  String message) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> read(HEADER + GOOD + line + "\n"));

        assertThat(e).as(why).isNotNull();
        assertThat(e.problems()).as(why).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.file()).isEqualTo("detectors.csv");
            assertThat(problem.location()).isEqualTo(location);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void aHeaderThatIsNotTheTablesIsALayoutProblemOnLineOne() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> read(
                "id,practice,value,glob,kind,pattern,shows,ecosystems\n" + GOOD));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(FindingKind.DETECTOR_LAYOUT);
            assertThat(problem.location()).isEqualTo("line 1");
        });
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> read(HEADER
                + "a,integration.app-tests,unit,*.py,regex,(?<=x)y,s,\n"
                + "b,integration.app-tests,unit,*.py,literal,def,s,\n"
                + "c,integration.nope,unit,*.py,literal,def,s,\n"));

        assertThat(e.problems()).extracting(RuleSetProblem::location)
                .containsExactly("line 2, column pattern", "line 4, column practice");
    }

    @Test
    void aGoodTableGivesTypedDetectorsInTableOrder() {
        Detectors detectors = read(HEADER + GOOD
                + "jenkins,integration.automated-builds,yes,Jenkinsfile,file,,\"a Jenkins pipeline, kept\","
                + "jenkins|ci\n");

        assertThat(detectors.all()).extracting(d -> d.id()).containsExactly("pytest-file", "jenkins");
        assertThat(detectors.find("jenkins")).hasValueSatisfying(d -> {
            assertThat(d.rank()).isEqualTo(1);
            assertThat(d.pattern().kind()).isEqualTo(PatternKind.FILE);
            assertThat(d.shows()).isEqualTo("a Jenkins pipeline, kept");
            assertThat(d.ecosystems()).containsExactly("jenkins", "ci");
        });
    }

    /** Through the draft check: the finding sits at the cell (line and column letter) and names the column. */
    @Test
    void aDraftsFindingForABadDetectorPointsAtItsCell() {
        List<RuleFile> files = new ArrayList<>(RuleSetLoader.read(Path.of("rules")).stream()
                .filter(file -> !file.name().equals(DetectorReader.FILE)).toList());
        files.add(new RuleFile(DetectorReader.FILE, (HEADER + GOOD
                + "x,integration.app-tests,unit,*.py,regex,a(?!b),s,\n").getBytes(StandardCharsets.UTF_8)));

        ValidationReport report = RuleSetCheck.check(files);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).filteredOn(Finding::refuses).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.BAD_PATTERN);
            assertThat(finding.cell()).isEqualTo("F3");
            assertThat(finding.sentence()).startsWith("detectors.csv, line 3, column 6: pattern: not a regular expression");
        });
    }

    private static Detectors read(String text) {
        return DetectorReader.read(new RuleFile(DetectorReader.FILE, text.getBytes(StandardCharsets.UTF_8)),
                CATALOG);
    }
}
