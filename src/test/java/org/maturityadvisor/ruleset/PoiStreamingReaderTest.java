package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

/**
 * POI's streaming reader, measured against {@link XlsxCells} in issue 22 ({@link PoiStreamingReader}), reads the same
 * cells, refusals and limits for the workbooks that matter; and, without a SAX filter of its own in front, POI's
 * SheetContentsHandler cannot refuse a formula, because it hears one exactly as it hears a typed value.
 */
class PoiStreamingReaderTest {

    static Stream<Arguments> workbooks() throws IOException {
        Stream.Builder<Arguments> workbooks = Stream.builder();
        try (Stream<Path> tables = Files.list(Path.of("rules"))) {
            tables.filter(file -> file.toString().endsWith(".xlsx")).sorted()
                    .forEach(file -> workbooks.add(Arguments.of(file.toString(), read(file))));
        }
        Map.of("formulas", Workbooks.formulas(), "merged ranges", Workbooks.merged(), "a linked workbook",
                Workbooks.linked(), "sheets out of order", Workbooks.sheets(), "array and shared formulas",
                Workbooks.withSheetXml(XlsxCellsTest.handWritten().get("array and shared formulas")),
                "a merged range over the rest of the sheet", Workbooks.withSheetXml("<sheetData><row r=\"70\"><c "
                        + "r=\"A70\" t=\"inlineStr\"><is><t>everywhere</t></is></c></row></sheetData><mergeCells>"
                        + "<mergeCell ref=\"A70:XFD1048576\"/></mergeCells>"))
                .forEach((name, bytes) -> workbooks.add(Arguments.of(name, bytes)));
        return workbooks.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsTheSameCellsAndFindingsAsXlsxCells(String name, byte[] content) {
        RuleFile file = new RuleFile(name, content);

        assertThat(PoiStreamingReader.read(file)).isEqualTo(TableCells.read(file));
    }

    /** What a bare SheetContentsHandler hears from a formula in A1 and a typed value in B1, in either handler mode. */
    @ParameterizedTest(name = "{0} beside {1}, formulasNotResults {2}")
    @CsvSource(delimiter = '|', textBlock = """
            <c t="str"><f>"x"</f><v>x</v></c>            | <c t="inlineStr"><is><t>x</t></is></c> | false | A1=x, B1=x
            <c><f>1+1</f><v>2</v></c>                    | <c><v>2</v></c>                        | false | A1=2, B1=2
            <c t="b"><f>TRUE()</f><v>1</v></c>           | <c t="b"><v>1</v></c>                  | false | A1=TRUE, B1=TRUE
            <c><f>1</f><v>1</v></c>                      | <c><v>1</v></c>                        | true  | A1=1, B1=1
            <c><f>RAND()</f></c>                         | <c><v>1</v></c>                        | true  | B1=1
            <c><f t="array" ref="A1:B1">1</f><v>1</v></c> | <c><v>1</v></c>                        | false | A1=1, B1=1
            """)
    void aContentsHandlerHearsAFormulaAsATypedValue(String formula, String typed, boolean formulasNotResults,
                                                    String heard) {
        String cells = formula.replaceFirst("<c", "<c r=\"A1\"") + typed.replaceFirst("<c", "<c r=\"B1\"");

        assertThat(heard(cells, formulasNotResults).toString()).isEqualTo("{" + heard + "}");
    }

    private static Map<String, String> heard(String cells, boolean formulasNotResults) {
        Map<String, String> heard = new LinkedHashMap<>();
        SheetContentsHandler contents = new SheetContentsHandler() {
            @Override
            public void startRow(int row) {
            }

            @Override
            public void endRow(int row) {
            }

            @Override
            public void cell(String reference, String text, XSSFComment comment) {
                heard.put(reference, text);
            }
        };
        byte[] content = Workbooks.withSheetXml("<sheetData><row r=\"1\">" + cells + "</row></sheetData>");
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            var xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg, false), contents, formulasNotResults));
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
            return heard;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
