package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * The .xlsx reader ({@link XlsxCells}) reads every cell exactly as the usermodel reader it replaced
 * ({@link UsermodelCells}): every workbook of the repository, workbooks of every cell type and format, and hand-written
 * XML of the shapes XSSFWorkbook tolerates. Where it differs on purpose it says so below; hostile XML is refused.
 */
class XlsxCellsTest {

    @TempDir
    Path temp;

    static Stream<Arguments> everyWorkbook() throws IOException {
        Stream.Builder<Arguments> workbooks = Stream.builder();
        for (String root : List.of("rules", "src/test/resources", "docs", "scenarios")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> files = Files.walk(Path.of(root))) {
                    files.filter(file -> file.toString().endsWith(".xlsx")).sorted().forEach(file -> workbooks.add(
                            Arguments.of(file.toString(), read(file))));
                }
            }
        }
        Map.of("numbers", Workbooks.numbers(false), "numbers in the 1904 date system", Workbooks.numbers(true),
                "text, booleans and errors", Workbooks.text(), "merged ranges", Workbooks.merged(),
                "sheets out of order", Workbooks.sheets(), "formulas", Workbooks.formulas(),
                "a linked workbook", Workbooks.linked(), "inline strings (SXSSF)", Workbooks.streamed())
                .forEach((name, bytes) -> workbooks.add(Arguments.of(name, bytes)));
        handWritten().forEach((name, xml) -> workbooks.add(Arguments.of(name, Workbooks.withSheetXml(xml))));
        unreadable().forEach((name, bytes) -> workbooks.add(Arguments.of(name, bytes)));
        return workbooks.build();
    }

    /** Files refused as unreadable, for the same reason in the same words. */
    static Map<String, byte[]> unreadable() {
        byte[] table = read(Path.of("rules/target-level.drl.xlsx"));
        return Map.of("an empty file", new byte[0], "text", "not, a, workbook".getBytes(StandardCharsets.UTF_8),
                "a truncated workbook", Arrays.copyOf(table, table.length / 2),
                "a zip that is no workbook", Workbooks.zip("notes.txt", "hello"),
                "a package without a workbook", Workbooks.replace(table, Map.of("_rels/.rels", "<Relationships "
                        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")));
    }

    static Map<String, String> handWritten() {
        return Map.of(
                "rows and cells without numbers", "<sheetData><row><c><v>1</v></c><c t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>2</v></c><c><v>3</v></c></row><row><c t=\"inlineStr\"><is>"
                        + "<t>next row</t></is></c></row></sheetData>",
                "a row or cell given twice, rows out of order", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                        + "<c r=\"A1\"><v>2</v></c></row><row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c></row>"
                        + "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row><row r=\"3\"><c r=\"A3\"><f>1</f></c>"
                        + "<c r=\"A3\"><v>5</v></c></row></sheetData>",
                "every cell type, values missing", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"b\"/><c r=\"B1\" "
                        + "t=\"b\"><v>1</v></c><c r=\"C1\" t=\"b\"><v>0</v></c><c r=\"D1\" t=\"e\"/><c r=\"E1\" "
                        + "t=\"e\"><v>#REF!</v></c><c r=\"F1\" t=\"str\"><v>cached text</v></c><c r=\"G1\" t=\"s\"/>"
                        + "<c r=\"H1\" t=\"s\"><v>x</v></c><c r=\"I1\" t=\"s\"><v>99</v></c><c r=\"J1\"><v/></c>"
                        + "<c r=\"K1\" t=\"inlineStr\"><v>from v</v></c><c r=\"L1\" t=\"inlineStr\"/><c r=\"M1\" "
                        + "t=\"n\"><v> 2.5 </v></c></row></sheetData>",
                "rich inline strings with phonetic runs", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                        + "<r><t>bold</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> run</t></r><rPh sb=\"0\" "
                        + "eb=\"1\"><t>PHONETIC</t></rPh></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>own _x0042_</t>"
                        + "<rPh><t>ph</t></rPh></is></c></row></sheetData>",
                "styles from the cell, its column or none", "<cols><col min=\"2\" max=\"3\" style=\"1\"/><col "
                        + "min=\"3\" max=\"3\" style=\"2\"/><col min=\"5\" max=\"5\" style=\"9\"/></cols><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1.5</v></c><c r=\"B1\"><v>1.5</v></c><c r=\"C1\">"
                        + "<v>45000</v></c><c r=\"D1\" s=\"7\"><v>1.5</v></c><c r=\"E1\"><v>1.5</v></c><c r=\"F1\" "
                        + "s=\"2\"><v>45000</v></c></row></sheetData>",
                "array and shared formulas", "<sheetData><row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:B2\">1"
                        + "</f><v>1</v></c><c r=\"B1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" s=\"0\"/><c "
                        + "r=\"B2\"><v>1</v></c><c r=\"C2\"><f t=\"shared\" ref=\"C2:C3\" si=\"0\">A2</f><v>0</v></c>"
                        + "</row><row r=\"3\"><c r=\"C3\"><f t=\"shared\" si=\"0\"/><v>0</v></c><c r=\"D3\"><v>4</v>"
                        + "</c></row></sheetData>",
                "cells in another namespace", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><x:c "
                        + "xmlns:x=\"urn:x\" r=\"B1\"><x:v>2</x:v></x:c></row></sheetData><x:mergeCells "
                        + "xmlns:x=\"urn:x\"><x:mergeCell ref=\"A1:C1\"/></x:mergeCells><mergeCells><mergeCell "
                        + "ref=\"A1\"/></mergeCells>",
                "a worksheet without sheet data", "<dimension ref=\"A1\"/>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWorkbook")
    void readsEveryWorkbookAsTheUsermodelReaderDid(String name, byte[] content) {
        RuleFile file = new RuleFile(name, content);

        assertThat(TableCells.read(file)).isEqualTo(UsermodelCells.read(file));
    }

    @Test
    void theShippedTablesReadWithoutAFinding() throws IOException {
        try (Stream<Path> tables = Files.list(Path.of("rules"))) {
            for (Path table : tables.filter(file -> file.toString().endsWith(".xlsx")).toList()) {
                TableCells.Read read = TableCells.read(new RuleFile(table.toString(), read(table)));
                assertThat(read.findings()).as(table.toString()).isEmpty();
                assertThat(read.sheets()).as(table.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void aLinkedWorkbookIsRefused() {
        TableCells.Read read = TableCells.read(new RuleFile("t.drl.xlsx", Workbooks.linked()));

        assertThat(read.findings()).extracting(Finding::kind).containsExactly(FindingKind.LINKED_WORKBOOK);
    }

    @Test
    void aDateInThe1904DateSystemIsFourYearsAndADayLater() {
        int row = List.of(Workbooks.FORMATS).indexOf("yyyy-mm-dd") * Workbooks.NUMBERS.length + 16;
        assertThat(Workbooks.NUMBERS[16]).isEqualTo(45000);

        assertThat(TableCells.read(new RuleFile("a", Workbooks.numbers(false))).sheets().get(0).cell(row, 0))
                .isEqualTo("2023-03-15");
        assertThat(TableCells.read(new RuleFile("b", Workbooks.numbers(true))).sheets().get(0).cell(row, 0))
                .isEqualTo("2027-03-16");
    }

    /** Deliberately stricter: usermodel read a what-if data table's cached value as if typed (XSSFCell). */
    @Test
    void aDataTableFormulaIsRefusedLikeAnyFormula() {
        byte[] content = Workbooks.withSheetXml("<sheetData><row r=\"1\"><c r=\"A1\"><f t=\"dataTable\" ref=\"A1\" "
                + "dt2D=\"0\" dtr=\"0\" r1=\"B1\"/><v>3</v></c></row></sheetData>");

        assertThat(TableCells.read(new RuleFile("t.drl.xlsx", content)).findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(FindingKind.FORMULA_CELL);
                    assertThat(finding.cell()).isEqualTo("A1");
                });
    }

    /** Deliberately: 15 significant digits, as Excel shows; usermodel's formatCellValue showed a double's 17. */
    @Test
    void aNumberShowsAtMostFifteenSignificantDigits() {
        byte[] content = Workbooks.xssf(workbook -> {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0.000000000000000000"));
            var cell = workbook.createSheet("s").createRow(0).createCell(0);
            cell.setCellValue(0.1 + 0.2);
            cell.setCellStyle(style);
        });

        assertThat(TableCells.read(new RuleFile("t.drl.xlsx", content)).sheets().get(0).cell(0, 0))
                .isEqualTo("0.300000000000000000");
    }

    @Test
    void theRelationshipTypesAreXssfRelationsOwn() {
        assertThat(List.of(XlsxCells.WORKSHEET, XlsxCells.CHARTSHEET, XlsxCells.SHARED_STRINGS,
                XlsxCells.SHARED_STRINGS_TYPE, XlsxCells.STYLES, XlsxCells.EXTERNAL_LINK)).containsExactly(
                XSSFRelation.WORKSHEET.getRelation(), XSSFRelation.CHARTSHEET.getRelation(),
                XSSFRelation.SHARED_STRINGS.getRelation(), XSSFRelation.SHARED_STRINGS.getContentType(),
                XSSFRelation.STYLES.getRelation(), XSSFRelation.EXTERNAL_LINKS.getRelation());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
