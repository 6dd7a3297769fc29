package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Severity;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx workbook as POI's own streaming reader gives them (XSSFReader, ReadOnlySharedStringsTable
 * without phonetic runs, its StylesTable, XSSFSheetXMLHandler feeding a SheetContentsHandler), kept to measure against
 * {@link XlsxCells} (issue 22, docs/BENCHMARKS.md). It lives beside TableCells so that it can build the same
 * {@link TableCells.Read} and be compared with equals.
 * <p>
 * A SheetContentsHandler hears {@code cell(reference, text, comment)} and nothing else: a formula's cached result (or,
 * with formulasNotResults, its text) comes as if typed, a formula without a cached value never comes, nor does a cell
 * inside an array formula's range, nor {@code mergeCell}. So a SAX filter ({@link Watch}) stands in front of POI's
 * handler and notes {@code c}, {@code f} and {@code mergeCell}: the least custom SAX the formula refusal, the merged
 * ranges and the cell limit need. Known differences from XlsxCells on shapes no shipped table has: an error shows as
 * {@code ERROR:#REF!}, a number takes no column style and no E+ exponent, a cell without a reference is dropped.
 */
final class PoiStreamingReader {

    private PoiStreamingReader() {
    }

    static TableCells.Read read(RuleFile file) {
        return read(file, TableLimits.DEFAULTS);
    }

    static TableCells.Read read(RuleFile file, TableLimits limits) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file.content()))) {
            return workbook(file.name(), pkg, limits);
        } catch (TableLimits.Exceeded e) {
            return new TableCells.Read(List.of(), List.of(new Finding(FindingKind.TOO_LARGE, file.name(), e.sheet(),
                    null, null, null, Severity.ERROR, e.getMessage())));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            return new TableCells.Read(List.of(), List.of(Finding.error(FindingKind.UNREADABLE_FILE, file.name(),
                    "cannot be read as a spreadsheet: " + TableCells.firstLine(e.getMessage()))));
        }
    }

    private static TableCells.Read workbook(String file, OPCPackage pkg, TableLimits limits)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        var styles = reader.getStylesTable();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Finding> findings = new ArrayList<>();
        if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType()).isEmpty()) {
            findings.add(TableCells.linkedWorkbook(file));
        }
        List<TableCells.Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator parts = reader.getSheetIterator();
        XMLReader xml = newXmlReader();
        while (parts.hasNext()) {
            try (InputStream in = parts.next()) {
                String name = parts.getSheetName();
                Cells cells = new Cells();
                Watch watch = new Watch(new XSSFSheetXMLHandler(styles, strings, cells, formatter, false), name,
                        limits);
                xml.setContentHandler(watch);
                xml.parse(new InputSource(in));
                SortedSet<CellAddress> formulas = watch.formulas();
                sheets.add(TableCells.sheet(name, sheets.size(), cells.without(formulas), watch.merged, limits));
                formulas.forEach(at -> findings.add(TableCells.formulaCell(file, name, at.getRow(), at.getColumn())));
            }
        }
        return new TableCells.Read(List.copyOf(sheets), List.copyOf(findings));
    }

    private static XMLReader newXmlReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure SAX parser", e);
        }
    }

    /** What the SheetContentsHandler hears: each cell's reference and shown text. */
    private static final class Cells implements SheetContentsHandler {
        private final SortedMap<Integer, SortedMap<Integer, String>> values = new TreeMap<>();

        @Override
        public void startRow(int row) {
        }

        @Override
        public void endRow(int row) {
        }

        @Override
        public void cell(String reference, String text, XSSFComment comment) {
            if (reference != null && text != null) {
                CellAddress at = new CellAddress(reference);
                values.computeIfAbsent(at.getRow(), r -> new TreeMap<>()).put(at.getColumn(), text);
            }
        }

        SortedMap<Integer, SortedMap<Integer, String>> without(SortedSet<CellAddress> formulas) {
            formulas.forEach(at -> values.getOrDefault(at.getRow(), new TreeMap<>()).remove(at.getColumn()));
            return values;
        }
    }

    /** The SAX filter in front of POI's handler: counts cells, notes formulas, array ranges and merged ranges. */
    private static final class Watch extends DefaultHandler {
        private final DefaultHandler poi;
        private final String sheet;
        private final TableLimits limits;
        private final List<CellAddress> seen = new ArrayList<>();
        private final SortedSet<CellAddress> formulas = new TreeSet<>();
        private final List<CellRangeAddress> arrays = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private long count;
        private String row;

        Watch(DefaultHandler poi, String sheet, TableLimits limits) {
            this.poi = poi;
            this.sheet = sheet;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String name, String qName, Attributes attributes) throws SAXException {
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                switch (name) {
                    case "row" -> row = attributes.getValue("r");
                    case "c" -> cell(attributes.getValue("r"));
                    case "f" -> formula(attributes);
                    case "mergeCell" -> merge(attributes.getValue("ref"));
                    default -> { }
                }
            }
            poi.startElement(uri, name, qName, attributes);
        }

        private void cell(String reference) {
            if (++count > limits.cells()) {
                throw limits.tooManyCells(sheet, "row " + row + " passes " + limits.cells() + " cells");
            }
            seen.add(reference == null ? null : new CellAddress(reference));
        }

        private void formula(Attributes attributes) {
            CellAddress cell = seen.isEmpty() ? null : seen.get(seen.size() - 1);
            if (cell != null) {
                formulas.add(cell);
            }
            if ("array".equals(attributes.getValue("t")) && attributes.getValue("ref") != null) {
                arrays.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
        }

        private void merge(String ref) {
            if (++count > limits.cells()) {
                throw limits.tooManyCells(sheet, "merged range " + ref + " passes " + limits.cells() + " cells");
            }
            merged.add(CellRangeAddress.valueOf(ref));
        }

        @Override
        public void endElement(String uri, String name, String qName) throws SAXException {
            poi.endElement(uri, name, qName);
        }

        @Override
        public void characters(char[] text, int start, int length) throws SAXException {
            poi.characters(text, start, length);
        }

        /** Every cell with a formula, or inside an array formula's range, in row then column order. */
        SortedSet<CellAddress> formulas() {
            for (CellRangeAddress array : arrays) {
                seen.stream().filter(at -> at != null && array.isInRange(at)).forEach(formulas::add);
            }
            return formulas;
        }
    }
}
